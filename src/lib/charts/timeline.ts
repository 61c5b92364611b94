/**
 * A city's articles on a time line: one dot per dated article on a year
 * axis, dots that would touch stacked upwards; undated articles are listed
 * in the list equivalent only.
 */
import { scaleUtc } from 'd3';
import { chartFigure, chartSvg, maybeLink, type ChartLabels } from './frame.ts';
import { formatDate, type ChartLocale } from './format.ts';
import { el, escapeXml } from './markup.ts';
import { chartText } from './text.ts';

/** An article as the timeline needs it. */
export interface TimelineArticle {
  id: string;
  date: string | null;
  href: string;
  title: string;
}

/** A dot on the time line. */
export interface TimelineDot {
  article: TimelineArticle;
  x: number;
  /** 0 on the axis row, 1 above it … */
  level: number;
}

const WIDTH = 640;
const PAD = 24;
const DOT = 6;

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Dated articles oldest first (ties by id); undated ones are left out. */
export function datedArticles(articles: readonly TimelineArticle[]): (TimelineArticle & { date: string })[] {
  return articles
    .filter((a): a is TimelineArticle & { date: string } => a.date !== null)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
}

/** The time scale: whole years around the dated articles. */
export function timeScale(articles: readonly { date: string }[]) {
  const years = articles.map((a) => Number(a.date.slice(0, 4)));
  const first = Math.min(...years);
  const last = Math.max(...years);
  return scaleUtc()
    .domain([new Date(Date.UTC(first, 0, 1)), new Date(Date.UTC(last + 1, 0, 1))])
    .range([PAD, WIDTH - PAD]);
}

/** Dots positioned on the scale, a dot stacked one level up when it would overlap the one before. */
export function layoutDots(articles: readonly TimelineArticle[]): TimelineDot[] {
  const dated = datedArticles(articles);
  if (dated.length === 0) return [];
  const x = timeScale(dated);
  const dots: TimelineDot[] = [];
  for (const article of dated) {
    const px = Math.round(x(utc(article.date)) * 10) / 10;
    const previous = dots[dots.length - 1];
    const level = previous && px - previous.x < DOT * 2 ? previous.level + 1 : 0;
    dots.push({ article, x: px, level });
  }
  return dots;
}

/**
 * The timeline chart, with an ordered list of the articles (dated, then undated) as its equivalent.
 * @example timeline([{ id: 'a', date: '2021-05-19', href: '/articles/a/', title: '…' }], 'zh-hans', labels)
 */
export function timeline(articles: readonly TimelineArticle[], locale: ChartLocale, labels: ChartLabels): string {
  const t = chartText(locale);
  const dots = layoutDots(articles);
  const top = Math.max(0, ...dots.map((d) => d.level)) * DOT * 2 + 16;
  const axisY = top + DOT;
  const height = axisY + 28;
  const dated = datedArticles(articles);
  const ticks = dated.length > 0 ? timeScale(dated).ticks(Math.min(8, dated.length + 1)) : [];
  const scale = dated.length > 0 ? timeScale(dated) : null;
  const axis =
    el('line', { class: 'chart__axis', x1: PAD, x2: WIDTH - PAD, y1: axisY, y2: axisY }) +
    ticks
      .filter((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1)
      .map((d) => {
        const x = Math.round((scale?.(d) ?? 0) * 10) / 10;
        return (
          el('line', { class: 'chart__tick', x1: x, x2: x, y1: axisY, y2: axisY + 5 }) +
          el('text', { x, y: axisY + 18, class: 'chart__tick-label' }, String(d.getUTCFullYear()))
        );
      })
      .join('');
  const marks = dots
    .map((d) =>
      el(
        'circle',
        {
          class: 'chart__dot',
          cx: d.x,
          cy: axisY - d.level * DOT * 2,
          r: DOT - 1,
          'data-id': d.article.id,
          'data-date': d.article.date,
        },
        el('title', {}, escapeXml(`${d.article.date} ${d.article.title}`)),
      ),
    )
    .join('');
  const undated = articles.filter((a) => a.date === null).sort((a, b) => (a.id < b.id ? -1 : 1));
  const item = (a: TimelineArticle) =>
    el(
      'li',
      {},
      el('span', { class: 'chart__date' }, escapeXml(a.date ? formatDate(a.date, locale) : t.undated)),
      ' ',
      maybeLink(a.title, a.href),
    );
  const list = el('ol', { class: 'chart__list' }, ...dated.map(item), ...undated.map(item));
  return chartFigure('timeline', labels, chartSvg('timeline', WIDTH, height, labels, axis + marks), t.table, list);
}
