/**
 * Fold full-width digits, letters and number signs (１２％, ５Ｇ) to ASCII,
 * one character for one character, so offsets into the folded text are
 * offsets into the original and quoted phrases stay verbatim.
 */

// Digits, Latin letters, ％ ． ／ ＄; not the full-width comma, which separates clauses.
const FOLDABLE = /[０-９Ａ-Ｚａ-ｚ％．／＄\u00a0\u3000]/g;

/**
 * The text with full-width digits, letters and signs folded to ASCII, and
 * non-breaking and ideographic spaces to plain spaces; same length.
 * @example foldWidth('增长１６．５％') // '增长16.5%'
 */
export function foldWidth(text: string): string {
  return text.replace(FOLDABLE, (ch) =>
    ch === '\u00a0' || ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}
