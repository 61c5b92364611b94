/**
 * A city's figures by kind: one bar per kind (investment, output …) with the
 * number of figures reported, and a table listing every figure in the
 * reader's locale, each linked to the paragraph it comes from.
 */
import { formatFigure } from '../../../scripts/lib/figures/format-figure.ts';
import type { Figure } from '../../../scripts/lib/types.ts';
import { chartFigure, chartSvg, maybeLink, type ChartLabels } from './frame.ts';
import { formatCount, type ChartLocale } from './format.ts';
import { el, escapeXml } from './markup.ts';
import { rankItems, BAR_SPACE } from './ranked-bars.ts';
import { textWidth } from '../geo/labels.ts';
import { chartText } from './text.ts';

/** A figure with the address of its source paragraph (`…/articles/<id>/#p-4`). */
export type SourcedFigure = Figure & { href?: string };

/** How many figures of each kind, largest first. */
export function countByKind(figures: readonly Pick<Figure, 'kind'>[]): { kind: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const f of figures) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  return rankItems([...counts].map(([kind, count]) => ({ id: kind, label: kind, value: count }))).map((i) => ({
    kind: i.id,
    count: i.value,
  }));
}

const ROW = 26;
const FONT = 12;

/**
 * The chart of figures by kind, with the list of figures as its table.
 * @example figuresByKind([{ kind: 'investment', value: 135140000000, unit: 'CNY', text: '总投资1351.4亿元', paragraph: 4 }], 'en', labels)
 */
export function figuresByKind(figures: readonly SourcedFigure[], locale: ChartLocale, labels: ChartLabels): string {
  const t = chartText(locale);
  const rows = countByKind(figures);
  const max = Math.max(0, ...rows.map((r) => r.count));
  const name = (kind: string) => t.kinds[kind] ?? kind;
  const left = Math.ceil(Math.max(40, ...rows.map((r) => textWidth(name(r.kind), FONT))) + 10);
  const body = rows
    .map((r, k) => {
      const y = 4 + k * ROW;
      const length = max > 0 ? Math.round((r.count / max) * BAR_SPACE * 10) / 10 : 0;
      return (
        el('text', { x: left - 8, y: y + ROW / 2, class: 'chart__row-label' }, escapeXml(name(r.kind))) +
        el('rect', {
          class: `chart__bar chart__bar--${r.kind}`,
          x: left,
          y: y + 4,
          width: length,
          height: ROW - 8,
          'data-id': r.kind,
          'data-value': r.count,
        }) +
        el('text', { x: left + length + 6, y: y + ROW / 2, class: 'chart__value' }, formatCount(r.count, locale))
      );
    })
    .join('');
  const svg = chartSvg('figures', left + BAR_SPACE + 56, rows.length * ROW + 8, labels, body);
  const table = el(
    'table',
    {},
    el(
      'thead',
      {},
      el('tr', {}, el('th', { scope: 'col' }, escapeXml(t.kind)), el('th', { scope: 'col' }, escapeXml(t.figures))),
    ),
    el(
      'tbody',
      {},
      ...rows.map((r) =>
        el(
          'tr',
          {},
          el('th', { scope: 'row' }, escapeXml(name(r.kind))),
          el(
            'td',
            {},
            el(
              'ul',
              {},
              ...figures
                .filter((f) => f.kind === r.kind)
                .map((f) => el('li', {}, maybeLink(formatFigure(f, locale), f.href))),
            ),
          ),
        ),
      ),
    ),
  );
  return chartFigure('figures', labels, svg, t.table, table);
}
