/**
 * Pagefind's excerpts are HTML: page text with `<`, `>` escaped, the hits
 * wrapped in `<mark>`, and zero-width spaces between the Chinese words it
 * segmented. We never insert that HTML. It is cut into plain-text
 * pieces, each marked or not, and the page renders them as text nodes, so a
 * page that quotes `<script>` shows it as text.
 */

/** A run of excerpt text, and whether it is a hit. */
export interface ExcerptPiece {
  text: string;
  mark: boolean;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Decode the character references Pagefind writes; anything else stays as
 * written.
 * @example decodeEntities('&lt;script&gt; &amp; 产业') // '<script> & 产业'
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Cut an excerpt into marked and unmarked text. Only `<mark>` and `</mark>`
 * are understood; any other tag-like text is text.
 * @example excerptPieces('发展<mark>集成电路</mark>产业')
 *   // [{ text: '发展', mark: false }, { text: '集成电路', mark: true }, { text: '产业', mark: false }]
 */
export function excerptPieces(html: string): ExcerptPiece[] {
  const pieces: ExcerptPiece[] = [];
  let mark = false;
  for (const part of html.split(/(<\/?mark>)/i)) {
    const tag = part.toLowerCase();
    if (tag === '<mark>' || tag === '</mark>') {
      mark = tag === '<mark>';
      continue;
    }
    const text = decodeEntities(part.replaceAll('\u200b', ''));
    if (text === '') continue;
    const last = pieces[pieces.length - 1];
    if (last && last.mark === mark) last.text += text;
    else pieces.push({ text, mark });
  }
  return trimStart(pieces);
}

// An excerpt window often opens on the tail of the previous sentence: ". 晶片. 晶圆代工".
const LEADING = /^[\s.,;:!?、。，；：！？·]+/u;

function trimStart(pieces: ExcerptPiece[]): ExcerptPiece[] {
  const first = pieces[0];
  if (!first || first.mark) return pieces;
  const text = first.text.replace(LEADING, '');
  return text === '' ? pieces.slice(1) : [{ text, mark: false }, ...pieces.slice(1)];
}
