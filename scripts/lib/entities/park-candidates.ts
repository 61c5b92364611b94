/**
 * Spotting park names by their suffix (…产业园, …科技园, …园区, …开发区, …基地 …)
 * and taking a sensible name span before it: back to punctuation, a verb or
 * function word (在, 位于, 落户, 建设, 打造, 入驻, 的 …) or a quantity, keeping
 * known names whole. A span that is only generic words (新兴产业专业园区,
 * 该园区) or a company facility (生产基地) is not a park.
 */
import { isAsciiAlnum, isHan } from './fold.ts';
import type { MatchedText } from './match-mentions.ts';
import type { Mention } from './types.ts';

/** Park-type suffixes, longest first (folded, Simplified). */
export const PARK_SUFFIXES: readonly string[] = [
  '科学工业园区',
  '科学园区',
  '产业园区',
  '工业园区',
  '科技园区',
  '产业新城',
  '产业基地',
  '产业聚落',
  '科学城',
  '科技园',
  '科学园',
  '科创园',
  '工业园',
  '产业园',
  '开发区',
  '高新区',
  '示范区',
  '园区',
  '基地',
  '聚落',
];

const SUFFIX_RE = new RegExp(PARK_SUFFIXES.join('|'), 'g');
const MAX_NAME = 20;
const MIN_PROPER = 2;

const STOP_WORDS: readonly string[] = (
  '位于 落户 落地 建设 打造 入驻 进驻 来到 走进 依托 围绕 推动 推进 加快 成为 包括 签约 启动 举办 举行 发布 联合 共建 ' +
  '建成 引进 聚集 集聚 形成 设立 成立 拥有 以及 其中 作为 对于 关于 规划 布局 整合 携手 毗邻 紧邻 靠近 地处 坐落 前往 ' +
  '赶往 参观 考察 调研 开工 投产 宣布 获批 批准 认定 评为 入选 跻身 国家级 省级 市级 区级 首个 首批 一批 多个 这个 那个 ' +
  '每个 各个 全市 全省 全区 全国 挂牌 签署 勾勒 强调 定位 意味 满足 凸显 进入 加入 参与 实现 提供 支持 吸引 带动 投资 ' +
  '投建 兴建 扩建 筹建 创建 申报 争创 获评 建立 组建 开园 揭牌 授牌 命名 称为 名为 叫做 发展 培育 壮大 做强 突出 ' +
  '显示 预计 串联 今后 目前 此外 同时 以后 近年 今年 去年 明年 已经 正在 将要 能够 可以 通过 共同 一起 ' +
  '在 与 和 的 是 于 向 对 到 从 由 把 被 将 已 了 为 等 个 座 批 各 该 本 这 此 其 每 即 至 或 并 且 也 又 还 让 ' +
  '使 给 就 都 有 如 若 以 年 月 日 着 占 达 超 约 近'
).split(/\s+/);

const GENERIC_WORDS: readonly string[] = (
  '专精特新 产业链 新兴 专业 产业 特色 重点 主要 现代 大型 综合 配套 核心 示范 标准 工业 科技 创新 创业 智慧 智能 数字 ' +
  '生态 绿色 低碳 高新 开发 经济 技术 合作 试点 功能 专门 相关 各类 周边 现有 新建 当地 本地 中国 国内 国际 国家 服务 ' +
  '新型 先进 高端 未来 区域 城市 园中 区中 集群 总部 制造 研发 生产 加工 孵化 双创 众创 人才 企业 中小 小微 特别 ' +
  '优势 传统 省内 市内 区内 境内 境外 海外 全球 世界 一流 一体化 融合 协同 循环 价值 千亿级 百亿级 千亿 百亿 万亿 高科技 ' +
  '运作 管理 运营 平方公里 公里 亩 分 新 大 小 老 该 其 此 本 各 每 首 及 和 与'
)
  .split(/\s+/)
  .sort((a, b) => b.length - a.length);

/** Suffixes too common as plain nouns (the park, the base) to stand without a place or company in the name. */
const WEAK_SUFFIXES = new Set(['园区', '基地', '聚落', '示范区']);

/** Words right before 基地 that make it a company facility, not a park (生产基地, 中试基地). */
const FACILITY_WORDS: readonly string[] = (
  '生产 研发 制造 实习 实训 中试 培训 孵化 转化 融合 总部 示范 教育 营销 试验 实验 种植 养殖 出口 创新 服务 配套 储备 ' +
  '物流 仓储 封测 组装 育种 就业 见习 科普 研学 运营 销售 备件 应用 测试 检测 交付 制作 拍摄 保障 供应 产业化'
).split(/\s+/);

/** A park-like span found in a paragraph. */
export interface ParkCandidate {
  paragraph: number;
  start: number;
  end: number;
  /** The suffix that made it a candidate (folded). */
  suffix: string;
}

/** Han, Latin letters and brackets; digits only as part of a Latin word (5G), not as a quantity (30平方公里). */
function isNameChar(ch: string | undefined, next: string | undefined): boolean {
  if (isDigit(ch)) return isAsciiAlnum(next) && !isDigit(next);
  return isHan(ch) || isAsciiAlnum(ch) || ch === '(' || ch === ')' || ch === '·';
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

// Stop words by their last character, so the backward scan checks only the few that can end at a position.
const STOP_BY_LAST = new Map<string, string[]>();
for (const w of STOP_WORDS) STOP_BY_LAST.set(w.slice(-1), [...(STOP_BY_LAST.get(w.slice(-1)) ?? []), w]);
const GENERIC_RE = new RegExp(GENERIC_WORDS.join('|'), 'g');

function endsWithStopWord(folded: string, i: number): boolean {
  const words = STOP_BY_LAST.get(folded[i - 1] ?? '');
  return !!words && words.some((w) => i >= w.length && folded.startsWith(w, i - w.length));
}

function endsWithSuffix(folded: string, i: number): boolean {
  return PARK_SUFFIXES.some((w) => i >= w.length && folded.startsWith(w, i - w.length));
}

/** Where the name before a suffix begins; known names (hits) are taken whole. */
export function nameStart(m: MatchedText, suffixStart: number): number {
  const hitEnding = new Map(m.hits.map((h) => [h.end, h]));
  const hitStarts = new Set(m.hits.map((h) => h.start));
  let i = suffixStart;
  while (i > 0 && suffixStart - i < MAX_NAME) {
    const hit = hitEnding.get(i);
    // Another park's name ends here (X产业园及Y产业园): Y's name starts after it.
    if (hit?.entry.senses.some((s) => s.kind === 'park') || endsWithSuffix(m.folded, i)) break;
    if (hit && hit.start < i) {
      i = hit.start;
      continue;
    }
    // 及 and 和 join two named things inside one name (新材料及绿色化工), and end it otherwise.
    const ch = m.folded[i - 1];
    if ((ch === '及' || ch === '和') && hitEnding.has(i - 1) && hitStarts.has(i)) {
      i--;
      continue;
    }
    if (ch === '及' || endsWithStopWord(m.folded, i) || !isNameChar(ch, m.folded[i])) break;
    i--;
  }
  // An unbalanced bracket at the front belongs to the text before, not the name.
  while (
    i < suffixStart &&
    (m.folded[i] === ')' || (m.folded[i] === '(' && !m.folded.slice(i, suffixStart).includes(')')))
  )
    i++;
  return i;
}

const PLACE_LIKE = new Set(['province', 'city', 'district', 'zone']);

/**
 * Characters of a name left after blanking the mentions of the given kinds
 * and the generic words (新兴, 专业, 产业 …).
 */
function remainder(
  m: MatchedText,
  start: number,
  end: number,
  mentions: readonly Mention[],
  blank: (kind: string) => boolean,
): number {
  const chars = m.folded.slice(start, end).split('');
  for (const x of mentions) {
    if (!blank(x.kind)) continue;
    for (let k = Math.max(x.start, start); k < Math.min(x.end, end); k++) chars[k - start] = ' ';
  }
  const text = chars.join('').replace(GENERIC_RE, ' ');
  return [...text].filter((ch) => isHan(ch) || isAsciiAlnum(ch)).length;
}

function isFacility(folded: string, suffixStart: number): boolean {
  return FACILITY_WORDS.some((w) => folded.startsWith(w, suffixStart - w.length));
}

/**
 * Whether a candidate span is a park's name. `inside` are the counted
 * mentions within the span.
 */
function isParkName(m: MatchedText, c: ParkCandidate, nameEnd: number, inside: readonly Mention[]): boolean {
  if (nameEnd - c.start < MIN_PROPER) return false;
  const hasPlace = inside.some((x) => PLACE_LIKE.has(x.kind));
  const hasCompany = inside.some((x) => x.kind === 'company');
  if (c.suffix === '基地' || c.suffix === '产业基地') {
    // A base is a park only when it carries a place name and no company's.
    if (isFacility(m.folded, nameEnd) || !hasPlace || hasCompany) return false;
  }
  if (WEAK_SUFFIXES.has(c.suffix) && !hasPlace && !hasCompany) return false;
  // A proper name (开投芯屏, 富士康), or a place with what is made there (宜宾 … 汽车).
  const proper = remainder(m, c.start, nameEnd, inside, (k) => k === 'industry' || PLACE_LIKE.has(k));
  const beyondPlace = remainder(m, c.start, nameEnd, inside, (k) => PLACE_LIKE.has(k));
  return proper >= MIN_PROPER || (hasPlace && beyondPlace >= MIN_PROPER);
}

/**
 * The park-like spans of one paragraph that no lexicon key already covers.
 * `mentions` are the paragraph's counted mentions.
 * @example findParkCandidates(matched, mentions) // 深圳富士康工业园区 in 王清宪专程到深圳富士康工业园区
 */
export function findParkCandidates(m: MatchedText, mentions: readonly Mention[]): ParkCandidate[] {
  const found: ParkCandidate[] = [];
  for (const match of m.folded.matchAll(SUFFIX_RE)) {
    const s = match.index;
    const e = s + match[0].length;
    if (m.hits.some((h) => h.start <= s && h.end >= e)) continue;
    const c: ParkCandidate = { paragraph: m.paragraph, start: nameStart(m, s), end: e, suffix: match[0] };
    const inside = mentions.filter((x) => x.start >= c.start && x.start < s);
    if (isParkName(m, c, s, inside)) found.push(c);
  }
  return found;
}
