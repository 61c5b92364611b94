/**
 * The publisher of a page, as printed. In order of trust: a `来源:` label
 * (the original source when a page reposts), the name printed before a
 * publish label (`新華社客戶端發布時間:`), the name before a reporter label
 * (`四川在线记者`), a bare name on the date line, the lead of the first
 * paragraph (`重庆日报消息,`, `新华社北京1月22日电`), and last the name in a
 * closing bracketed byline (`(青岛日报/观海新闻记者 杨光)`).
 */
import { dateLineResidue } from './extract-date.ts';
import { isEdgeChromeKey } from './chrome-patterns.ts';
import { charLength, foldWidth, hanCount, isSentenceLike, matchKey, unframe } from './line-shape.ts';

/** A publisher candidate and how much it is trusted (lower is better). */
export interface PublisherCandidate {
  name: string;
  rank: number;
}

/** Ranks of the ways a page names its publisher, most trusted first. */
export const RANK = { label: 0, beforePublish: 1, beforeReporter: 2, dateLine: 3, lead: 4, closing: 5 } as const;

const SOURCE_LABEL = /(?:^|(?<=[\s|(【[\d]))(?:文章|稿件|本文|信息|新闻)?(?:[来來]源|稿源|出[处處]) ?: ?/;
// 发布 ends a value only as a label (发布时间, 发布日期, 发布于 …): publishers such as
// 上海发布 end in the same word.
const VALUE_END =
  /[\s|,;。()【】[\]]|[编編][辑輯]|作者|[记記]者|[责責][编編]|字[号號]|[点點][击擊]|[阅閱][读讀]|[浏瀏][览覽]|[时時][间間]|日期|[发發][布表](?=[时時][间間]|日期|于|:|\s*\d)/;
const BEFORE_PUBLISH = /^([^\s:|]{2,20}?) ?[发發][布表](?:日期|[时時][间間])/;
const LEAD_MESSAGE = /^([\p{Script=Han}A-Za-z·]{2,12}?)(?:消息|[讯訊]) ?[,:(]/u;
const NEWS_AGENCY =
  /^(新华社|新華社|中新社|中新网|中新網|中国新闻网|中國新聞網|中央社|中通社|人民网|人民網|新华网|新華網|央视网|央視網|央广网|央廣網|[\p{Script=Han}]{2,6}社)(?=[\p{Script=Han}]{0,6}\d{1,2}月\d{1,2}日[电電])/u;
const NOT_PUBLISHER = /^(本|据|據|记者|記者)/;
const MAX_SOURCE_LINE = 100;

/** A publisher name is short, has Chinese or Latin letters, and is no date. */
function cleanName(raw: string): string | null {
  const name = raw.replace(/^[\s:\-—|/]+|[\s:\-—|/.,。]+$/g, '');
  if (charLength(name) < 2 || charLength(name) > 30 || /^\d/.test(name) || NOT_PUBLISHER.test(name)) return null;
  return hanCount(name) > 0 || /[A-Za-z]{2}/.test(name) ? name : null;
}

/**
 * The value of a `来源:` label in a short metadata line, and whether the
 * line carried nothing else.
 * @example labelledSource('来源:四川日报编辑:顾强') // { name: '四川日报', only: false }
 * @example labelledSource('图片来源:视觉中国') // null
 */
export function labelledSource(line: string): { name: string; only: boolean } | null {
  const folded = foldWidth(unframe(line));
  if (charLength(folded) > MAX_SOURCE_LINE || isSentenceLike(folded)) return null;
  const m = SOURCE_LABEL.exec(folded);
  if (!m) return null;
  const rest = folded.slice((m.index ?? 0) + m[0].length);
  const end = VALUE_END.exec(rest);
  const name = cleanName(rest.slice(0, end ? end.index : rest.length));
  if (!name) return null;
  const only = m.index === 0 && rest.trim() === name;
  return { name, only };
}

/**
 * The publisher printed right before a publish label on the same line.
 * @example publisherBeforePublishLabel('新華社客戶端發布時間:2024-01-22 11:21:49') // '新華社客戶端'
 */
export function publisherBeforePublishLabel(line: string): string | null {
  const m = BEFORE_PUBLISH.exec(foldWidth(unframe(line)).trim());
  return m && !/\d/.test(m[1] ?? '') ? cleanName(m[1] ?? '') : null;
}

/**
 * A bare publisher name on a date line (`2017/10/24 网易汽车 阅读:10128`):
 * exactly one remaining word, which is not a section name such as `快訊`.
 * @example publisherOnDateLine('2017/10/24 网易汽车 阅读:10128') // '网易汽车'
 */
export function publisherOnDateLine(line: string): string | null {
  const words = dateLineResidue(line)
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '' && w.toLowerCase() !== 'date');
  if (words.length !== 1) return null;
  const word = words[0] ?? '';
  if (hanCount(word) < 2 || isEdgeChromeKey(matchKey(word))) return null;
  return cleanName(word);
}

/**
 * The publisher named by a paragraph's lead: `重庆日报消息,` or an agency's
 * dateline `新华社北京1月22日电`. `本报讯` names no one.
 * @example leadPublisher('重庆日报消息,电子信息产业作为我市重要支柱产业之一。') // '重庆日报'
 */
export function leadPublisher(paragraph: string): string | null {
  const text = foldWidth(paragraph).trim();
  const agency = NEWS_AGENCY.exec(text);
  if (agency) return agency[1] ?? null;
  const m = LEAD_MESSAGE.exec(text);
  return m ? cleanName(m[1] ?? '') : null;
}

/** The most trusted candidate, the earliest among equals; null when none. */
export function bestPublisher(candidates: readonly PublisherCandidate[]): string | null {
  let best: PublisherCandidate | null = null;
  for (const c of candidates) if (!best || c.rank < best.rank) best = c;
  return best?.name ?? null;
}
