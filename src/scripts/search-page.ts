/**
 * The search page's behaviour: reads `?q=` and the filters from the URL,
 * searches as the reader types (debounced), keeps the URL in step with
 * `history.replaceState`, and draws results in pages of ten. Its words come
 * from the page (`data-strings`): only the page's locale reaches the client.
 */
import { LOCALES, localizedPath, type Locale } from '../i18n/locales.ts';
import { hasHan, isSearchable, MAX_QUERY_LENGTH, normalizeQuery } from '../lib/search/query.ts';
import { FILTER_KEYS, hasFilters, readState, stateToSearch, type SearchState } from '../lib/search/state.ts';
import { RERANK_WINDOW, titleFirst } from '../lib/search/rank.ts';
import { fill, plural } from '../i18n/template.ts';
import { resultRows, type ResultRow } from '../lib/search/result-rows.ts';
import { parseSearchStrings, type SearchStrings } from '../lib/search/strings.ts';
import { createEngine, type Hit, type Outcome, type PageData } from './search-engine.ts';
import { fillSelect, hitNode } from './search-render.ts';

const PAGE_SIZE = RERANK_WINDOW;
const DEBOUNCE_MS = 250;

function required<T extends Element>(root: ParentNode, selector: string): T {
  const node = root.querySelector<T>(selector);
  if (!node) throw new Error(`search page: no ${selector}`);
  return node;
}

function start(root: HTMLElement, strings: SearchStrings): void {
  const locale = (LOCALES as readonly string[]).includes(root.dataset.searchLocale ?? '')
    ? (root.dataset.searchLocale as Locale)
    : 'zh-hans';
  const base = import.meta.env.BASE_URL;
  const engine = createEngine(locale, base);
  const form = required<HTMLFormElement>(root, 'form');
  const input = required<HTMLInputElement>(root, 'input[name="q"]');
  const status = required<HTMLElement>(root, '[data-search-status]');
  const list = required<HTMLOListElement>(root, '[data-search-results]');
  const more = required<HTMLButtonElement>(root, '[data-search-more]');
  const fieldset = required<HTMLFieldSetElement>(root, '[data-search-filters]');
  const selects = new Map(
    FILTER_KEYS.map((key) => [key, required<HTMLSelectElement>(fieldset, `[data-filter="${key}"]`)]),
  );

  let state: SearchState = readState(location.search);
  let run = 0;
  let hits: Hit[] = [];
  let queries: string[] = [];
  let shown = 0;
  let rowsShown = 0;
  let loaded = new Map<string, Promise<PageData>>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let filtersLoaded = false;
  let filtersLoading: Promise<void> | undefined;

  // Until the controls are filled, the filters are the ones the URL asked for.
  const chosenFilters = (): SearchState['filters'] =>
    filtersLoaded
      ? Object.fromEntries(FILTER_KEYS.map((key) => [key, selects.get(key)?.value ?? '']).filter(([, v]) => v))
      : state.filters;

  // The state is also an attribute, so tests and styles can tell a finished search from one in flight.
  function setStatus(
    text: string,
    chineseQuery?: string,
    phase: 'idle' | 'searching' | 'done' | 'error' = 'idle',
  ): void {
    root.dataset.searchState = phase;
    status.replaceChildren(text);
    if (chineseQuery === undefined) return;
    const link = document.createElement('a');
    link.href = `${localizedPath('zh-hans', 'search/', base)}${stateToSearch({ q: chineseQuery, filters: {} })}`;
    link.lang = 'zh-Hans';
    link.textContent = strings.chineseText;
    status.append(' ', link);
  }

  // A result's data is fetched once per search, whether for ranking or for showing.
  function dataOf(hit: Hit): Promise<PageData> {
    let data = loaded.get(hit.id);
    if (!data) {
      data = hit.data();
      loaded.set(hit.id, data);
    }
    return data;
  }

  /** A result's lines (a park directory's are its parks), those titled as the query first. */
  const rowsOf = (data: PageData): ResultRow[] =>
    titleFirst(resultRows(data, base, state.filters), queries, (row) => row.title);

  /** The hits with those titled exactly as the query (or a folded variant) first. */
  async function ranked(outcome: Outcome): Promise<Hit[]> {
    if (queries.length === 0) return outcome.hits;
    const head = outcome.hits.slice(0, RERANK_WINDOW);
    const titles = await Promise.all(head.map(async (hit) => rowsOf(await dataOf(hit)).map((row) => row.title)));
    const order = titleFirst(
      head.map((hit, i) => ({ hit, titles: titles[i] ?? [] })),
      queries,
      (h) => h.titles,
    );
    return [...order.map((h) => h.hit), ...outcome.hits.slice(RERANK_WINDOW)];
  }

  function clear(): void {
    hits = [];
    shown = 0;
    rowsShown = 0;
    loaded = new Map();
    list.replaceChildren();
    more.hidden = true;
  }

  async function showMore(ticket: number): Promise<void> {
    const page = hits.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(page.map(dataOf));
    if (ticket !== run) return;
    const rows = data.flatMap(rowsOf);
    list.append(...rows.map((row) => hitNode(row, locale, strings)));
    shown += page.length;
    rowsShown += rows.length;
    more.hidden = shown >= hits.length;
  }

  /** Fill the filter controls from the index, once; without them the page still searches. */
  function loadFilters(): Promise<void> {
    filtersLoading ??= engine
      .filterValues()
      .then((values) => {
        for (const key of FILTER_KEYS) {
          const select = selects.get(key)!;
          fillSelect(select, key, Object.keys(values[key] ?? {}), state.filters[key], locale, strings);
          (select.closest('label') as HTMLElement).hidden = select.disabled;
        }
        filtersLoaded = true;
        fieldset.hidden = false;
      })
      .catch(() => {
        filtersLoading = undefined;
      });
    return filtersLoading;
  }

  function syncUrl(): void {
    const search = stateToSearch(state);
    if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}`);
  }

  async function update(): Promise<void> {
    clearTimeout(timer);
    const ticket = ++run;
    state = { q: input.value, filters: chosenFilters() };
    syncUrl();
    const query = normalizeQuery(input.value);
    clear();
    if (query === '' && !hasFilters(state)) return setStatus(strings.prompt);
    if (query !== '' && !isSearchable(query)) return setStatus(strings.unsearchable);
    setStatus(strings.searching, undefined, 'searching');
    try {
      const outcome = await engine.search(isSearchable(query) ? query : '', state.filters);
      if (ticket !== run) return;
      queries = outcome.queries.filter((q): q is string => q !== null);
      const order = await ranked(outcome);
      if (ticket !== run) return;
      hits = order;
      await showMore(ticket);
      if (ticket !== run) return;
      const hint = locale === 'en' && hasHan(query) ? query : undefined;
      // A directory counts as the parks it showed; those not shown yet count one each.
      const total = hits.length - shown + rowsShown;
      const found = plural(strings.count, total, locale);
      setStatus(total > 0 ? found : fill(strings.noResults, { query }), hint, 'done');
      void loadFilters();
    } catch (error) {
      if (ticket !== run) return;
      console.error('search failed', error);
      setStatus(strings.failed, undefined, 'error');
    }
  }

  input.value = [...state.q].slice(0, MAX_QUERY_LENGTH).join('');
  root.dataset.searchState = 'idle';
  input.addEventListener('focus', () => engine.warm(), { once: true });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), DEBOUNCE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void update();
  });
  for (const select of selects.values()) select.addEventListener('change', () => void update());
  more.addEventListener('click', () => void showMore(run));
  if (input.value.trim() !== '' || hasFilters(state)) void update();
}

const root = document.querySelector<HTMLElement>('[data-search-locale]');
const strings = parseSearchStrings(root?.dataset.strings);
if (root && strings) start(root, strings);
else if (root) console.error('search page: no data-strings on the search root');
