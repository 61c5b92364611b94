/**
 * Character-level clean-up of decoded text, line for line: later stages count
 * lines and paragraphs, so no line is added or removed here, and the words
 * and punctuation of the page are kept verbatim (full-width forms included).
 */

/**
 * Line breaks of every origin: CRLF, lone CR (old Mac pages), and the
 * separators some CMSs emit (NEL, U+2028/U+2029, vertical tab, form feed),
 * which would otherwise glue two lines together once removed.
 */
const LINE_BREAK = /\r\n|[\r\v\f\u0085\u2028\u2029]/gu;

/** Zero-width characters and the soft hyphen: invisible, and they split words for search. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/gu;

/** C0 and C1 controls other than tab and line feed, and DEL. */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\x00-\x08\x0B-\x1F\x7F-\x9F]/gu;

/** Horizontal white space other than ASCII space and the ideographic space. */
const OTHER_SPACE = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F]/gu;

/** A run of two or more spaces of any kind, ideographic ones included. */
const SPACE_RUN = /[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]{2,}/gu;

/**
 * A space at either end of a line. Applied after runs are collapsed, so each
 * end has at most one: a `+$` over long runs would backtrack quadratically.
 */
const EDGE_SPACE = /^[ \u3000]|[ \u3000]$/gu;

/**
 * Normalise decoded text: Unicode NFC; every line break becomes `\n`;
 * zero-width characters and control characters are removed; each line is
 * trimmed (no-break and ideographic spaces count as space) and runs of spaces
 * inside it become one ASCII space. A single ideographic space between words is
 * kept, as it is part of the page's typography. Empty lines stay, as `''`.
 * @example normalizeText('\u3000\u3000青岛\u00A0\u00A0西海岸\r\n') // '青岛 西海岸\n'
 */
export function normalizeText(text: string): string {
  const unified = text.replace(LINE_BREAK, '\n').replace(INVISIBLE, '');
  // NFC last: removing a control character can bring a letter and its
  // combining mark together, and they must compose in this same pass.
  return unified
    .split('\n')
    .map((line) => normalizeLine(line))
    .join('\n')
    .normalize('NFC');
}

function normalizeLine(line: string): string {
  return line.replace(CONTROL, '').replace(SPACE_RUN, ' ').replace(OTHER_SPACE, ' ').replace(EDGE_SPACE, '');
}

/**
 * The normalised lines of a text, one entry per line (empty lines as `''`);
 * an empty text has no lines.
 * @example toLines('标题\r\n\r\n\u3000\u3000正文') // ['标题', '', '正文']
 */
export function toLines(text: string): string[] {
  if (text === '') return [];
  return normalizeText(text).split('\n');
}
