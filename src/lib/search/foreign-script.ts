/**
 * Pages show some text in the other Chinese script on purpose: a name table
 * lists 青岛 and 青島, a figure quotes its source verbatim. That text must not
 * reach the page's index, or a Simplified result would show a Traditional
 * excerpt. Such elements carry a `lang` attribute; this marks them
 * `data-pagefind-ignore` before indexing. (Pagefind's own exclude selectors
 * cannot see the page's `<html lang>`, so they cannot express "foreign".)
 */

type Family = 'hans' | 'hant' | 'other';

/** Which Chinese script a BCP 47 tag means. */
export function scriptFamily(tag: string): Family {
  const t = tag.toLowerCase();
  if (/^zh-(hant|tw|hk|mo)\b/.test(t)) return 'hant';
  if (/^zh(-(hans|cn|sg)\b|$)/.test(t)) return 'hans';
  return 'other';
}

/** The script a page of this `<html lang>` must not index: the other Chinese script (Traditional on English pages, whose Chinese text is Simplified). */
function foreignTo(pageLang: string): Family | null {
  const family = scriptFamily(pageLang);
  if (family === 'hans') return 'hant';
  if (family === 'hant') return 'hans';
  return pageLang.toLowerCase().startsWith('en') ? 'hant' : null;
}

const HTML_LANG = /<html\b[^>]*?\slang=(["'])([^"']*)\1/i;
const LANG_TAG = /<([a-z][\w-]*)((?:\s[^<>]*?)?\slang=(["'])([^"']*)\3[^<>]*?)(\/?)>/gi;

/**
 * The page's HTML with every element written in the foreign script marked
 * `data-pagefind-ignore`; unchanged when there is none.
 * @example ignoreForeignScript('<html lang="zh-Hans"><body><dd lang="zh-Hant">青島</dd></body></html>')
 *   // '<html lang="zh-Hans"><body><dd lang="zh-Hant" data-pagefind-ignore>青島</dd></body></html>'
 */
export function ignoreForeignScript(html: string): string {
  const pageLang = HTML_LANG.exec(html)?.[2];
  const foreign = pageLang ? foreignTo(pageLang) : null;
  if (!foreign) return html;
  return html.replace(LANG_TAG, (tag, name: string, attrs: string, _q: string, lang: string, slash: string) => {
    if (name.toLowerCase() === 'html' || scriptFamily(lang) !== foreign || /\sdata-pagefind-ignore\b/.test(attrs))
      return tag;
    return `<${name}${attrs} data-pagefind-ignore${slash}>`;
  });
}
