/**
 * Items ranked by a value as horizontal bars (for an industry: its cities by
 * evidence), longest first, bar length proportional to the value.
 */
import { textWidth } from '../geo/labels.ts';
import { chartFigure, chartSvg, maybeLink, type ChartLabels } from './frame.ts';
import { formatCount, type ChartLocale } from './format.ts';
import { el, escapeXml } from './markup.ts';
import { chartText } from './text.ts';

/** One ranked item. */
export interface BarItem {
  id: string;
  label: string;
  value: number;
  href?: string;
}

const ROW = 26;
const FONT = 12;
/** Width of the longest bar, in SVG units. */
export const BAR_SPACE = 320;

/** Largest value first; ties by label, then id, so the order is stable. */
export function rankItems(items: readonly BarItem[]): BarItem[] {
  return [...items].sort((a, b) => b.value - a.value || a.label.localeCompare(b.label) || (a.id < b.id ? -1 : 1));
}

/**
 * The ranked bar chart, with a table of rank, name and value.
 * @example rankedBars([{ id: 'wuxi', label: '无锡', value: 4, href: '/cities/wuxi/' }], 'zh-hans', labels)
 */
export function rankedBars(items: readonly BarItem[], locale: ChartLocale, labels: ChartLabels): string {
  const ranked = rankItems(items);
  const max = Math.max(0, ...ranked.map((i) => i.value));
  const left = Math.ceil(Math.max(40, ...ranked.map((i) => textWidth(i.label, FONT))) + 10);
  const width = left + BAR_SPACE + 56;
  const height = ranked.length * ROW + 8;
  const bars = ranked
    .map((item, k) => {
      const y = 4 + k * ROW;
      const length = max > 0 ? Math.round((item.value / max) * BAR_SPACE * 10) / 10 : 0;
      return (
        el('text', { x: left - 8, y: y + ROW / 2, class: 'chart__row-label' }, escapeXml(item.label)) +
        el('rect', {
          class: 'chart__bar',
          x: left,
          y: y + 4,
          width: length,
          height: ROW - 8,
          'data-id': item.id,
          'data-value': item.value,
        }) +
        el('text', { x: left + length + 6, y: y + ROW / 2, class: 'chart__value' }, formatCount(item.value, locale))
      );
    })
    .join('');
  const t = chartText(locale);
  const table = el(
    'table',
    {},
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col' }, t.rank),
        el('th', { scope: 'col' }, ''),
        el('th', { scope: 'col' }, escapeXml(t.evidence)),
      ),
    ),
    el(
      'tbody',
      {},
      ...ranked.map((item, k) =>
        el(
          'tr',
          {},
          el('td', {}, formatCount(k + 1, locale)),
          el('th', { scope: 'row' }, maybeLink(item.label, item.href)),
          el('td', {}, formatCount(item.value, locale)),
        ),
      ),
    ),
  );
  return chartFigure('bars', labels, chartSvg('bars', width, height, labels, bars), t.table, table);
}
