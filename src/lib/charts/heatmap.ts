/**
 * The industry × city matrix as a heatmap of evidence: one cell per pair,
 * darker for more evidence, the number written in every non-empty cell.
 */
import { interpolateRgb } from 'd3';
import { chartFigure, chartSvg, maybeLink, type ChartLabels } from './frame.ts';
import { formatCount, type ChartLocale } from './format.ts';
import { el, escapeXml } from './markup.ts';
import { chartText } from './text.ts';
import { textWidth } from '../geo/labels.ts';

/** A row or column of the matrix. */
export interface Axis {
  id: string;
  label: string;
  href?: string;
}

/** Rows (industries) × columns (cities), `values[row][col]`, optional cell links. */
export interface Matrix {
  rows: Axis[];
  cols: Axis[];
  values: number[][];
  links?: (string | null)[][];
}

const CELL = 34;
const FONT = 12;
const LOW = '#dbe9f6';
const HIGH = '#08306b';

/** The fill of a cell with `value` out of `max`: empty cells get none. */
export function cellColor(value: number, max: number): string | null {
  if (value <= 0 || max <= 0) return null;
  return interpolateRgb(LOW, HIGH)(0.15 + 0.85 * Math.sqrt(value / max));
}

function layout(matrix: Matrix) {
  const left = Math.ceil(Math.max(40, ...matrix.rows.map((r) => textWidth(r.label, FONT))) + 10);
  const top = Math.ceil(Math.max(30, ...matrix.cols.map((c) => textWidth(c.label, FONT) * 0.72)) + 12);
  return { left, top, width: left + matrix.cols.length * CELL + 8, height: top + matrix.rows.length * CELL + 4 };
}

function cells(matrix: Matrix, left: number, top: number, locale: ChartLocale): string {
  const max = Math.max(0, ...matrix.values.flat());
  return matrix.rows
    .flatMap((row, i) =>
      matrix.cols.map((col, j) => {
        const value = matrix.values[i]?.[j] ?? 0;
        const fill = cellColor(value, max);
        const x = left + j * CELL;
        const y = top + i * CELL;
        const rect = el('rect', {
          class: fill ? 'chart__cell' : 'chart__cell chart__cell--empty',
          x: x + 1,
          y: y + 1,
          width: CELL - 2,
          height: CELL - 2,
          fill,
          'data-row': row.id,
          'data-col': col.id,
          'data-value': value,
        });
        const dark = fill !== null && value / max > 0.3;
        const label =
          value > 0
            ? el(
                'text',
                { x: x + CELL / 2, y: y + CELL / 2, class: dark ? 'chart__on-dark' : null },
                formatCount(value, locale),
              )
            : '';
        return rect + label;
      }),
    )
    .join('');
}

/**
 * The heatmap chart (SVG plus a table with the same numbers and links).
 * @example heatmap({ rows: [{ id: 'semiconductors', label: '集成电路' }], cols: [{ id: 'wuxi', label: '无锡' }], values: [[3]] }, 'zh-hans', labels)
 */
export function heatmap(matrix: Matrix, locale: ChartLocale, labels: ChartLabels): string {
  const { left, top, width, height } = layout(matrix);
  const rowLabels = matrix.rows
    .map((r, i) =>
      el('text', { x: left - 8, y: top + i * CELL + CELL / 2, class: 'chart__row-label' }, escapeXml(r.label)),
    )
    .join('');
  const colLabels = matrix.cols
    .map((c, j) => {
      const x = left + j * CELL + CELL / 2;
      return el(
        'text',
        { transform: `translate(${x},${top - 6}) rotate(-45)`, class: 'chart__col-label' },
        escapeXml(c.label),
      );
    })
    .join('');
  const svg = chartSvg('heatmap', width, height, labels, rowLabels + colLabels + cells(matrix, left, top, locale));
  return chartFigure('heatmap', labels, svg, chartText(locale).table, matrixTable(matrix, locale));
}

function matrixTable(matrix: Matrix, locale: ChartLocale): string {
  const head = el(
    'tr',
    {},
    el('td', {}),
    ...matrix.cols.map((c) => el('th', { scope: 'col' }, maybeLink(c.label, c.href))),
  );
  const body = matrix.rows.map((r, i) =>
    el(
      'tr',
      {},
      el('th', { scope: 'row' }, maybeLink(r.label, r.href)),
      ...matrix.cols.map((_, j) => {
        const value = matrix.values[i]?.[j] ?? 0;
        return el('td', {}, value > 0 ? maybeLink(formatCount(value, locale), matrix.links?.[i]?.[j]) : '');
      }),
    ),
  );
  return el('table', {}, el('thead', {}, head), el('tbody', {}, ...body));
}
