/**
 * Laying out text for share cards, where SVG has no line wrapping: an
 * estimate of each character's width, greedy wrapping (Chinese between any
 * two characters, other scripts at spaces), and the largest font size at
 * which a text fits its box.
 */

/** Whether a character is drawn full-width (CJK ideographs, kana, full-width forms and punctuation). */
function isWide(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    c >= 0x20000
  );
}

/**
 * A character's advance in ems, on the generous side: a bold DejaVu Sans
 * (the widest common fallback) stays within it, so text never overflows.
 * @example charWidth('青') // 1
 */
export function charWidth(ch: string): number {
  if (isWide(ch)) return 1;
  if (ch === ' ') return 0.35;
  if (/[iljtfr.,:;'!|()[\]]/.test(ch)) return 0.42;
  if (/[MW]/.test(ch)) return 1;
  if (/[mw]/.test(ch)) return 1.02;
  if (/[A-Z]/.test(ch)) return 0.8;
  if (/[0-9]/.test(ch)) return 0.7;
  return 0.7;
}

/**
 * A text's width in ems.
 * @example textWidth('青岛 Qingdao') // about 5.4
 */
export function textWidth(text: string): number {
  return [...text].reduce((sum, ch) => sum + charWidth(ch), 0);
}

/** Pieces a line may break between: a run of non-wide characters with its trailing space, or one wide character. */
function tokens(text: string): string[] {
  return (
    text.match(/[^\s\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]+\s*|\s+|./gsu) ?? []
  );
}

/** Punctuation that must not start a line (it joins the line before). */
const NO_LINE_START = /^[，。、：；！？）》」』”’,.:;!?)\]]/;

/**
 * Greedy wrapping into lines of at most `maxEm` ems; the last allowed line
 * ends in `…` when the text does not fit.
 * @example wrapText('青岛市集成电路产业集群', 4, 2) // ['青岛市集', '成电路…']
 */
export function wrapText(text: string, maxEm: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of tokens(text.replace(/\s+/g, ' ').trim())) {
    const next = line + token;
    if (line === '' || textWidth(next.trimEnd()) <= maxEm || NO_LINE_START.test(token)) {
      line = next;
      continue;
    }
    lines.push(line.trimEnd());
    line = token.trimStart();
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] ?? '';
  while (last.length > 0 && textWidth(`${last}…`) > maxEm) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

/** Text set at a size, in lines. */
export interface SetText {
  size: number;
  lines: string[];
}

/**
 * The largest of `sizes` (px) at which `text` fits `width` px in `maxLines`
 * lines; else the smallest, cut with `…`.
 * @example fitText('Qingdao', 600, 2, [80, 60]) // { size: 80, lines: ['Qingdao'] }
 */
export function fitText(text: string, width: number, maxLines: number, sizes: readonly number[]): SetText {
  for (const size of sizes) {
    const lines = wrapText(text, width / size, Number.MAX_SAFE_INTEGER);
    if (lines.length <= maxLines) return { size, lines };
  }
  const size = sizes[sizes.length - 1] ?? 32;
  return { size, lines: wrapText(text, width / size, maxLines) };
}
