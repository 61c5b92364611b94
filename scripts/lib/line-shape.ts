/**
 * What a line of a saved news page looks like: how long it is, how much
 * Chinese it carries, whether it reads as a sentence, as a menu or as a photo
 * caption. Metadata extraction and chrome stripping both decide by shape, so
 * the rules live here once.
 */
import { toHans } from './convert-script.ts';

const HAN = /\p{Script=Han}/gu;

/** A line at least this long is article text whatever its punctuation. */
export const BODY_MIN_LENGTH = 60;
/** Longest word (in characters) of a menu entry. */
const MENU_WORD = 4;

/**
 * Length in code points (a Han character counts once).
 * @example charLength('青岛') // 2
 */
export function charLength(text: string): number {
  return [...text].length;
}

/**
 * Number of Han characters.
 * @example hanCount('华为云2021') // 3
 */
export function hanCount(text: string): number {
  return text.match(HAN)?.length ?? 0;
}

/**
 * Full-width ASCII forms (`：` `，` `２` `／`) become ASCII and the ideographic
 * space a space. Every character maps to one character, so offsets found in the
 * folded text are offsets in the original.
 * @example foldWidth('来源：新华社２０２４') // '来源:新华社2024'
 */
export function foldWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/**
 * Remove the `|` borders that pipe-table page layouts leave around a cell.
 * @example unframe('| 发布日期:2017-07-09 |') // '发布日期:2017-07-09'
 */
export function unframe(line: string): string {
  return line
    .replace(/^\|+\s*/, '')
    .replace(/\s*\|+$/, '')
    .trim();
}

/**
 * The form of a line that vocabulary is matched against: unframed,
 * width-folded, in Simplified characters, with single spaces. Traditional
 * pages then need no second copy of every pattern.
 * @example matchKey('相關閱讀') // '相关阅读'
 */
export function matchKey(line: string): string {
  return toHans(foldWidth(unframe(line)))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether a line ends or contains a sentence: full stop, question or
 * exclamation mark, semicolon, or a trailing clause comma.
 * @example isSentenceLike('热,折射出关注与期待。') // true
 * @example isSentenceLike('奔赴“新兴”赛道') // false
 */
export function isSentenceLike(line: string): boolean {
  const folded = foldWidth(line);
  return /[。!?;]/.test(folded) || /[,、]$/.test(folded.trim());
}

/**
 * Whether a line reads as article text: long, or a real sentence of fifteen
 * Han characters or more. Short headings and menu entries are not.
 * @example isBodyLike('4月15日下午,富士康科技集团与青岛西海岸新区签署项目合作协议。') // true
 * @example isBodyLike('华为牵手青岛') // false
 */
export function isBodyLike(line: string): boolean {
  const text = unframe(line);
  if (charLength(text) >= BODY_MIN_LENGTH) return true;
  return hanCount(text) >= 15 && /[。!?]/.test(foldWidth(text));
}

/**
 * Whether a line is a row of menu entries: two or more runs of several spaces,
 * three or more space-separated words of which at least two thirds are short,
 * or one word repeated (a logo printed as text and alt text).
 * @example isMenuLike('前沿 即时 集成的资讯信息') // true
 * @example isMenuLike('招商圈 招商圈') // true
 * @example isMenuLike('临港打造集成电路产业高地 14个重点项目签约') // false
 */
export function isMenuLike(line: string): boolean {
  const text = foldWidth(unframe(line));
  if (isSentenceLike(text)) return false;
  if ((text.match(/\S\s{2,}(?=\S)/g) ?? []).length >= 2) return true;
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length >= 2 && words.every((w) => w === words[0])) return true;
  // Normalisation collapses the wide gaps between menu entries, so count
  // words instead: menus are mostly words of a few characters.
  const short = words.filter((w) => charLength(w) <= MENU_WORD && !/\d/.test(w)).length;
  return words.length >= 3 && short * 3 >= words.length * 2;
}

/**
 * Whether a line is a photo caption or credit (`图为…`, `…供图`, `… 摄`).
 * @example isCaptionLike('厦门天马微电子股份有限公司外景。火炬高新区 供图') // true
 */
export function isCaptionLike(line: string): boolean {
  const key = matchKey(line);
  return /^图(为|片|\s*[/:])/.test(key) || /(供图|摄|提供|资料图|截图|图\s*[/:][^,。]{0,20})$/.test(key);
}

/**
 * Index of the first line for which `isBody` holds, or `lines.length`.
 * Lines before it are the page header.
 */
export function firstIndexWhere(lines: readonly string[], isBody: (i: number) => boolean): number {
  for (let i = 0; i < lines.length; i++) if (isBody(i)) return i;
  return lines.length;
}

/** Index of the last line for which `isBody` holds, or -1. Lines after it are the page footer. */
export function lastIndexWhere(lines: readonly string[], isBody: (i: number) => boolean): number {
  for (let i = lines.length - 1; i >= 0; i--) if (isBody(i)) return i;
  return -1;
}
