/**
 * The parts every chart shares: the SVG shell with its accessible name and
 * description, and the figure that pairs it with a table equivalent.
 */
import { el, escapeXml } from './markup.ts';

/** A chart's accessible name and a one-sentence description of what it shows. */
export interface ChartLabels {
  title: string;
  desc: string;
}

/** The SVG element of a chart: `role="img"`, named, described, scaling to its width. */
export function chartSvg(kind: string, width: number, height: number, labels: ChartLabels, body: string): string {
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: `chart__svg chart__svg--${kind}`,
      viewBox: `0 0 ${width} ${height}`,
      width,
      role: 'img',
      'aria-label': labels.title,
    },
    el('title', {}, escapeXml(labels.title)),
    el('desc', {}, escapeXml(labels.desc)),
    body,
  );
}

/**
 * The chart with its caption and, folded under it, the same data as a table
 * or list. Left out of the search index: a chart shows what its page lists
 * anyway (its articles, figures, cities), and its table would put every
 * article's title on every page that charts it.
 */
export function chartFigure(
  kind: string,
  labels: ChartLabels,
  svg: string,
  summary: string,
  equivalent: string,
): string {
  return el(
    'figure',
    { class: `chart chart--${kind}`, 'data-pagefind-ignore': true },
    el('div', { class: 'chart__scroll' }, svg),
    el('figcaption', { class: 'chart__caption' }, escapeXml(labels.title)),
    el('details', { class: 'chart__table' }, el('summary', {}, escapeXml(summary)), equivalent),
  );
}

/** A link when there is an address, else plain text. */
export function maybeLink(label: string, href: string | null | undefined): string {
  return href ? el('a', { href }, escapeXml(label)) : escapeXml(label);
}
