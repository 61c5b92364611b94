/**
 * Drawing results and filter controls with DOM calls only: every string from
 * the index or the reader becomes a text node, never markup.
 */
import type { Locale } from '../i18n/locales.ts';
import { excerptPieces } from '../lib/search/excerpt.ts';
import type { ResultRow } from '../lib/search/result-rows.ts';
import { ENTRY_TYPES, type EntryType, type FilterKey } from '../lib/search/state.ts';
import { formatDate, type SearchStrings } from '../lib/search/strings.ts';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The excerpt as text nodes and `<mark>` elements. */
export function excerptNode(html: string): HTMLParagraphElement {
  const p = el('p', 'search-hit__excerpt');
  for (const piece of excerptPieces(html)) {
    p.append(piece.mark ? el('mark', undefined, piece.text) : document.createTextNode(piece.text));
  }
  return p;
}

const isType = (value: string | undefined): value is EntryType => ENTRY_TYPES.includes(value as EntryType);

/** One result: type badge and date, title link, excerpt. */
export function hitNode(row: ResultRow, locale: Locale, strings: SearchStrings): HTMLLIElement {
  const item = el('li', 'search-hit');
  const type = row.type;
  item.dataset.type = isType(type) ? type : 'page';
  const meta = el('p', 'search-hit__meta');
  if (isType(type)) meta.append(el('span', 'search-hit__type', strings.types[type]));
  const date = row.date;
  if (date) {
    const time = el('time', 'search-hit__date', formatDate(locale, date));
    time.dateTime = date;
    meta.append(time);
  }
  const title = el('h2', 'search-hit__title');
  const link = el('a', undefined, row.title);
  link.href = row.url;
  title.append(link);
  item.append(meta, title, excerptNode(row.excerpt));
  return item;
}

/** Label shown for a filter value: the type's name, or the value itself. */
function valueLabel(key: FilterKey, value: string, strings: SearchStrings): string {
  return key === 'type' && isType(value) ? strings.types[value] : value;
}

/** Order of filter values: types as listed, years newest first, names alphabetically in the locale. */
function sortValues(key: FilterKey, values: string[], locale: Locale): string[] {
  if (key === 'type') return ENTRY_TYPES.filter((t) => values.includes(t));
  if (key === 'year') return [...values].sort().reverse();
  return [...values].sort(
    new Intl.Collator(locale === 'en' ? 'en' : locale === 'zh-hant' ? 'zh-Hant' : 'zh-Hans').compare,
  );
}

/** Fill a filter `<select>` with the index's values, keeping the chosen one (even if the index lacks it). */
export function fillSelect(
  select: HTMLSelectElement,
  key: FilterKey,
  values: string[],
  chosen: string | undefined,
  locale: Locale,
  strings: SearchStrings,
): void {
  const all = chosen && !values.includes(chosen) ? [...values, chosen] : values;
  const options = sortValues(key, all, locale).map((value) => {
    const option = el('option', undefined, valueLabel(key, value, strings));
    option.value = value;
    option.selected = value === chosen;
    return option;
  });
  const any = el('option', undefined, strings.any);
  any.value = '';
  select.replaceChildren(any, ...options);
  select.disabled = all.length === 0;
}
