/**
 * Bylines: the names of reporters, authors and editors, read from labelled
 * fields (`作者:姜剛 周暢`, `编辑:顾强`, `本报记者 金晓玲`, `(记者 杨志雄 黄艳梅)`)
 * in short metadata lines or in brackets at the start or end of a paragraph.
 * Sentences that merely mention a reporter (`记者在…看到`) are not bylines.
 */
import { charLength, foldWidth, isSentenceLike, unframe } from './line-shape.ts';

/** Names found in one byline segment, and the publisher printed before `记者`. */
export interface BylineSegment {
  names: string[];
  publisher: string | null;
}

const AUTHOR_LABEL =
  /[责責]任[编編][辑輯]|[责責][编編]|[编編][辑輯]|[记記]者|作者|通[讯訊][员員]|撰[文稿]|(?<=^|[\s(【[])文 ?[/|]/g;
const REPORTER_LABEL = /^([记記]者|通[讯訊][员員])$/;
// Where a run of names ends: the next field, a bracket, a slash, a digit.
const NEXT_FIELD =
  /[来來]源|[编編][辑輯]|作者|[记記]者|[发發][布表]|[时時][间間]|日期|字[号號]|[点點][击擊]|[阅閱][读讀]|[|/()【】[\]<>《》]|\d/;
// `合肥报道`, `北京电`, `杨志雄 摄` end a byline; they are not names.
const REPORT_SUFFIX = /([报報][道导導]|[电電]|[讯訊]|[摄攝]|[综綜]合|整理|[编編][译譯])$/;
// Words that follow a label in headings and menus (编辑推荐, 记者手记, 作者简介).
const NOT_NAMES = new Set(
  '推荐 推薦 手记 手記 观察 觀察 调查 調查 探访 探訪 走访 走訪 专访 專訪 采访 採訪 简介 簡介 日记 日記 见闻 見聞 笔记 筆記 连线 連線 声明 聲明 团队 團隊 来信 來信 同志 朋友 本人 本报 本報 本网 本網 摄影 攝影 实习生 實習生 联系 聯繫 信箱 热线 熱線 部门 部門 编辑部 編輯部 记者站 記者站 客户端 客戶端'.split(
    ' ',
  ),
);
// Four-character names are compound surname + given name; other four-character
// runs after a label are words (编辑部的故事).
const COMPOUND_SURNAME =
  /^(欧阳|歐陽|司马|司馬|上官|诸葛|諸葛|东方|東方|皇甫|尉迟|尉遲|公孙|公孫|慕容|长孙|長孫|司徒|夏侯|令狐|宇文|端木|澹台|西门|西門|独孤|獨孤|南宫|南宮)/;
const PUBLISHER_BLOCKLIST = /^(本|实习|實習|见习|見習|特约|特約|首席|驻|駐|据|據)/;
const MAX_BYLINE_LINE = 60;
const BRACKETED = /[(【[]([^()【】[\]]{1,60})[)】\]]/g;

/**
 * Whether a token reads as a personal name: two or three Han characters, four
 * with a compound surname, or a transliterated name joined with `·`.
 * @example isPersonName('周暢') // true
 * @example isPersonName('合肥報道') // false
 */
export function isPersonName(token: string): boolean {
  if (NOT_NAMES.has(token) || REPORT_SUFFIX.test(token)) return false;
  if (/^\p{Script=Han}{2,3}$/u.test(token)) return true;
  if (/^\p{Script=Han}{4}$/u.test(token)) return COMPOUND_SURNAME.test(token);
  return /^\p{Script=Han}{1,6}[·•]\p{Script=Han}{1,10}$/u.test(token);
}

/**
 * Names following a label. After a colon or a space the field may list
 * several names (`: 姜剛 周暢`, ` 杨志雄 黄艳梅`); a name glued to its label
 * (`记者吳淑玲／台南即時報導`, `記者張韶雯 台北`) is one name, or a `、` list.
 * @example parseNames(':嚴遠、軒召強') // ['嚴遠', '軒召強']
 * @example parseNames('張韶雯 台北 2025-11-19') // ['張韶雯']
 */
export function parseNames(afterLabel: string): string[] {
  const folded = foldWidth(afterLabel);
  const lead = /^ ?:? ?/.exec(folded)?.[0] ?? '';
  let text = folded.slice(lead.length);
  const cut = NEXT_FIELD.exec(text);
  if (cut) text = text.slice(0, cut.index);
  if (lead === '') text = text.split(/\s/)[0] ?? '';
  const names: string[] = [];
  for (const token of text.split(/[\s、,;]+/)) {
    if (token === '') continue;
    if (!isPersonName(token)) break;
    names.push(token);
  }
  return names;
}

/** The publisher printed just before a reporter label: `四川在线记者`, `聯合報／ 記者`. */
function publisherBefore(prefix: string): string | null {
  const last = prefix.trim().split(/\s+/).pop() ?? '';
  const name = last.replace(/^[/|\-·:]+|[/|\-·:]+$/g, '');
  if (charLength(name) < 2 || charLength(name) > 14 || /\d/.test(name)) return null;
  if (!/\p{Script=Han}{2}/u.test(name) || PUBLISHER_BLOCKLIST.test(name)) return null;
  return name;
}

/**
 * Names and publisher in one byline segment (a short line, or the inside of
 * a bracket).
 * @example readByline('四川在线记者 宁宁 颜婧') // { names: ['宁宁', '颜婧'], publisher: '四川在线' }
 */
export function readByline(segment: string): BylineSegment {
  const folded = foldWidth(segment);
  const names: string[] = [];
  let publisher: string | null = null;
  for (const m of folded.matchAll(AUTHOR_LABEL)) {
    const at = m.index ?? 0;
    const found = parseNames(folded.slice(at + m[0].length));
    if (found.length === 0) continue;
    if (names.length === 0 && REPORTER_LABEL.test(m[0])) publisher = publisherBefore(folded.slice(0, at));
    names.push(...found);
  }
  return { names, publisher };
}

/** Whether a whole line may be a byline: short, and no sentence in it. */
export function isBylineShaped(line: string): boolean {
  const text = unframe(line);
  return text !== '' && charLength(text) <= MAX_BYLINE_LINE && !isSentenceLike(text);
}

/**
 * Bracketed groups at the very start or end of a line (after a lead such as
 * `本报讯` or `中新网南宁4月18日电`), where papers print bylines.
 * @example bracketedBylines('…报道。(记者 胡幸陽)') // ['记者 胡幸陽']
 */
export function bracketedBylines(line: string): string[] {
  const folded = foldWidth(line).trim();
  const tail = folded.replace(/[。\s]+$/, '').length;
  const groups: string[] = [];
  for (const m of folded.matchAll(BRACKETED)) {
    const start = m.index ?? 0;
    if (start <= 25 || start + m[0].length >= tail) groups.push(m[1] ?? '');
  }
  return groups;
}
