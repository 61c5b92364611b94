/**
 * Park pages go into the search index as directories: one record for up to
 * PARKS_PER_DIRECTORY parks of a city, each park a section headed by its
 * name, whose `id` is the park page's URL. The search page shows each park
 * of a directory that matched as a result of its own (`result-rows.ts`), so
 * a park's name still finds the park's page.
 *
 * Why: Pagefind's metadata, which every first search downloads, holds a
 * hash and a word count for every page it indexes (about 8 bytes each,
 * compressed). At 10,000 articles 8,000 park pages were 45% of each
 * locale's index and 60 KB of that download, for pages of fifty words
 * (name, city, industries, companies), and they were what kept the first
 * search over 300 KB.
 */
import { escapeXml } from '../charts/markup.ts';
import { decodeEntities } from './excerpt.ts';
import { markedRange, withoutDrawings } from './folded-keywords.ts';

/** Parks in one directory record: enough to make it worth a record, few enough to keep its fragment near an article's. */
export const PARKS_PER_DIRECTORY = 25;

/** The meta key of a directory record: its parks' ids (page URLs without the leading `/`), each with its industries. */
export const DIRECTORY_META = 'parks';

/** One park page, ready to be a section of a directory. */
export interface ParkSection {
  /** The park page's URL without its leading `/` (`zh-hant/parks/hsinchu-science-park/`). */
  id: string;
  cities: string[];
  industries: string[];
  /** Every filter value the page declares (`pageFilters`), declared once for the whole directory. */
  filters: [string, string][];
  /** The page's indexed HTML, opening with its name as a heading carrying `id`, its own search metadata taken out. */
  body: string;
}

/** A record for the indexer: a URL and a whole HTML document. */
export interface DirectoryPage {
  url: string;
  content: string;
}

// Pagefind indexes neither scripts nor drawings; a park page's map brings both (40% of the page).
const SCRIPT = /<script\b[\s\S]*?<\/script>/gi;
const SEARCH_ATTRIBUTES = /\sdata-pagefind-(?:meta|filter)=(?:"[^"]*"|'[^']*')/gi;
const H1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i;
const TITLE_META = /\bdata-pagefind-meta=(["'])title\[data-value\]\1[^<>]*?\sdata-value=(["'])(.*?)\2/i;

const valuesOf = (filters: readonly [string, string][], key: string) =>
  filters
    .filter(([k]) => k === key)
    .map(([, v]) => v)
    .sort();

/** The section's heading: the park's name, from its page's `<h1>` (or its search title), carrying the id. */
function heading(inner: string, id: string, title: string | undefined): { heading: string; rest: string } {
  const anchor = ` id="${escapeXml(id)}"`;
  const h1 = H1.exec(inner);
  if (!h1) return { heading: `<h2${anchor}>${escapeXml(title ? decodeEntities(title) : id)}</h2>`, rest: inner };
  return {
    heading: `<h2${anchor}>${h1[1]}</h2>`,
    rest: inner.slice(0, h1.index) + inner.slice(h1.index + h1[0].length),
  };
}

/**
 * A park page (one filed as type `park`) as a directory section; null for
 * any other page. The section opens with the park's name, so all its words
 * fall under that heading (Pagefind divides a page's hits by headings with
 * an id). `filters` are the page's own (`pageFilters`): the section loses
 * its search metadata and filters, and the directory is filed under every
 * value one of its parks is.
 * @example parkSection('<main data-pagefind-body><p>新竹市</p><h1>新竹科学园区</h1></main>', '/parks/hsinchu/', [['type', 'park']])
 *   // { id: 'parks/hsinchu/', body: '<h2 id="parks/hsinchu/">新竹科学园区</h2><p>新竹市</p>', … }
 */
export function parkSection(html: string, url: string, filters: readonly [string, string][]): ParkSection | null {
  if (!valuesOf(filters, 'type').includes('park')) return null;
  const range = markedRange(html);
  if (!range) return null;
  const id = url.replace(/^\/+/, '');
  const inner = withoutDrawings(html.slice(range.from, range.close).replace(SCRIPT, '')).replace(SEARCH_ATTRIBUTES, '');
  const parts = heading(inner, id, TITLE_META.exec(html)?.[3]);
  return {
    id,
    cities: valuesOf(filters, 'city'),
    industries: valuesOf(filters, 'industry'),
    filters: filters.map(([k, v]) => [k, v]),
    body: parts.heading + parts.rest,
  };
}

/** The park list page a park's id belongs under (`zh-hant/parks/x/` → `/zh-hant/parks/`). */
function listUrl(id: string): string {
  return `/${id.replace(/[^/]+\/?$/, '')}`;
}

function directoryPage(parks: readonly ParkSection[], lang: string, n: number): DirectoryPage {
  const industries = Object.fromEntries(parks.map((p) => [p.id, p.industries]));
  const pairs = new Set(parks.flatMap((p) => p.filters.map((pair) => JSON.stringify(pair))));
  const filters = [...pairs].sort().map((pair) => {
    const [key, value] = JSON.parse(pair) as [string, string];
    return `<span data-pagefind-filter="${escapeXml(key)}[data-value]" data-value="${escapeXml(value)}"></span>`;
  });
  const meta =
    `<div hidden><span data-pagefind-meta="type[data-value]" data-value="park"></span>` +
    `<span data-pagefind-meta="${DIRECTORY_META}[data-value]" data-value="${escapeXml(JSON.stringify(industries))}"></span>` +
    `${filters.join('')}</div>`;
  const sections = parks.map((p) => `<section>${p.body}</section>`).join('');
  return {
    // Never shown (the search page shows the parks), but where a link to the record itself would go.
    url: `${listUrl(parks[0]!.id)}#directory-${n}`,
    content: `<!doctype html><html lang="${escapeXml(lang)}"><body><main data-pagefind-body>${meta}${sections}</main></body></html>`,
  };
}

/**
 * The directory records of a locale's park sections: parks grouped by city
 * (cities in code-point order, parks by id), PARKS_PER_DIRECTORY to a record,
 * numbered from 1, so the same parks give the same records on every build.
 * Made one at a time, as the indexer takes them (at 10,000 articles they hold 8,000 pages).
 * @example [...directoryPages([hsinchuPark, hefeiPark], 'zh-Hans')].length // 2 (one per city)
 */
export function* directoryPages(sections: readonly ParkSection[], lang: string): Generator<DirectoryPage> {
  const byCity = new Map<string, ParkSection[]>();
  for (const section of [...sections].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const key = section.cities.join('\n');
    const group = byCity.get(key);
    if (group) group.push(section);
    else byCity.set(key, [section]);
  }
  let n = 0;
  for (const key of [...byCity.keys()].sort()) {
    const parks = byCity.get(key)!;
    for (let i = 0; i < parks.length; i += PARKS_PER_DIRECTORY)
      yield directoryPage(parks.slice(i, i + PARKS_PER_DIRECTORY), lang, ++n);
  }
}
