/**
 * Laying out a synthetic article as a saved web page: header chrome, the
 * headline, a date-and-source line in one of the shapes publishers use, a
 * byline, the paragraphs, inline debris and footer chrome, with the page's
 * own indentation, blank lines and line endings.
 */
import { headerChrome, footerChrome, inlineChrome, toolbarChrome, type ChromeContext } from './chrome.ts';
import { clockTime, formatDate, pickDateForm, weekday } from './dates.ts';
import type { Random } from './random.ts';
import type { Write } from './script-text.ts';
import type { ArticleModel } from './types.ts';

/** A laid-out page and the metadata it actually prints. */
export interface Page {
  text: string;
  /** The publisher the page prints, or null when it prints none. */
  source: string | null;
  /** Every name printed in a byline or editor field, in page order. */
  authors: string[];
}

/** What the layout needs besides the article. */
export interface PageContext {
  write: Write;
  /** A headline of some other article, for link lists. */
  headline: () => string;
  /** A person's name, for editor lines. */
  person: () => string;
}

type Masthead = { above: string[]; below: string[]; source: string | null; authors: string[] };

/**
 * The page of an article, drawn from `rnd` (a different stream gives the same
 * article with other chrome).
 */
export function layoutPage(rnd: Random, article: ArticleModel, context: PageContext): Page {
  const { write } = context;
  const site = rnd.chance(0.5) ? article.source : write(rnd.pick(['产业网', '经济在线', '新闻中心', '资讯网']));
  const chrome: ChromeContext = { rnd, write, site, headline: context.headline, person: context.person };
  const mast = masthead(rnd, article, write);
  const body = bodyWithByline(rnd, article, mast.authors.length > 0, write);
  const editor = rnd.chance(0.4) ? context.person() : null;
  const lines = [
    ...headerChrome(chrome),
    ...mast.above,
    framedTitle(rnd, article.title),
    ...(article.deck ? [article.deck] : []),
    ...mast.below,
    ...toolbarChrome(chrome),
    ...withDebris(rnd, body.paragraphs, chrome),
    ...(editor ? [editorLine(rnd, editor, write)] : []),
    ...footerChrome(chrome),
  ];
  const authors = [...mast.authors, ...body.authors, ...(editor ? [editor] : [])];
  return { text: typeset(rnd, lines), source: mast.source, authors };
}

function framedTitle(rnd: Random, title: string): string {
  return rnd.chance(0.05) ? `| ${title} |` : title;
}

/** The date, source and byline lines, above or below the headline. */
function masthead(rnd: Random, a: ArticleModel, write: Write): Masthead {
  const source = a.source;
  const names = a.authors;
  const time = clockTime(rnd);
  const label = (text: string): string => write(text);
  if (a.date === null) {
    return rnd.chance(0.6)
      ? { above: [], below: [`${label('来源')}:${source}`], source, authors: [] }
      : { above: [], below: [], source: null, authors: [] };
  }
  const date = formatDate(a.date, pickDateForm(rnd, a.region === 'taiwan'));
  // Only a date that ends in 日 is printed glued to its time (2024年08月20日15:10).
  const glued = date.endsWith('日') ? '' : ' ';
  const byline = names.length > 0 && rnd.chance(0.5) ? [`${label('记者')} ${names.join(' ')}`] : [];
  const withByline = (m: Masthead): Masthead => ({
    ...m,
    below: [...m.below, ...byline],
    authors: byline.length > 0 ? names : [],
  });
  const shapes: (() => Masthead)[] = [
    () => withByline({ above: [], below: [`${date} ${time}   ${label('来源')}:${source}`], source, authors: [] }),
    () =>
      withByline({ above: [], below: [`${date}${glued}${time} | ${label('来源')}:${source}`], source, authors: [] }),
    () =>
      withByline({
        above: [],
        below: [`${label(rnd.pick(['发布时间', '发布日期', '更新时间']))}:${date} ${time}  ${label('来源')}:${source}`],
        source,
        authors: [],
      }),
    () =>
      withByline({
        above: [],
        below: [`| ${label('发布日期')}:${date} | ${label('来源')}:${source} |`],
        source,
        authors: [],
      }),
    () =>
      withByline({
        above: [],
        below: [`${date} ${source} ${label('阅读')}:${rnd.int(100, 50000)}`],
        source,
        authors: [],
      }),
    () =>
      withByline({
        above: [],
        below: [`${label('时间')} : ${date} ${time}`, `${label('来源')} : ${source}`],
        source,
        authors: [],
      }),
    () => ({ above: [`${date} ${label(weekday(a.date ?? ''))}`], below: [], source: null, authors: [] }),
  ];
  if (names.length > 0) {
    shapes.push(() => ({
      above: [],
      below: [`${date} ${time}${label('来源')}:${source}`, `${source}${label('记者')} ${names.join(' ')}`],
      source,
      authors: names,
    }));
  }
  return rnd.pick(shapes)();
}

/** The paragraphs, with the byline in the lead or at the end when the masthead printed none. */
function bodyWithByline(
  rnd: Random,
  a: ArticleModel,
  printed: boolean,
  write: Write,
): { paragraphs: string[]; authors: string[] } {
  const paragraphs = [...a.paragraphs];
  if (a.authors.length === 0 || printed || rnd.chance(0.2)) return { paragraphs, authors: [] };
  const names = a.authors.join(' ');
  const last = paragraphs.length - 1;
  const byline = `(${write('记者')} ${names})`;
  const where = rnd.weighted([
    ['after-last', 2],
    ['own-line', 1],
    ['lead', 1],
  ] as const);
  if (where === 'after-last') paragraphs[last] = `${paragraphs[last] ?? ''}${byline}`;
  else if (where === 'own-line') paragraphs.push(byline);
  else paragraphs[0] = `${write('本报讯')}${byline} ${paragraphs[0] ?? ''}`;
  return { paragraphs, authors: a.authors };
}

function editorLine(rnd: Random, name: string, write: Write): string {
  const [open, close] = rnd.pick([
    ['(责任编辑:', ')'],
    ['【责任编辑:', '】'],
    ['责编:', ''],
    ['编辑:', ''],
  ] as const);
  return `${write(open)}${name}${close}`;
}

/** Paragraphs with the odd image file name or app banner between them. */
function withDebris(rnd: Random, paragraphs: string[], chrome: ChromeContext): string[] {
  return paragraphs.flatMap((p, i) => (i > 0 && rnd.chance(0.04) ? [inlineChrome(chrome), p] : [p]));
}

/** Lines joined the way this site saves them: indentation, blank lines, line endings. */
function typeset(rnd: Random, lines: string[]): string {
  const indent = rnd.weighted([
    ['', 5],
    ['\u3000\u3000', 3],
    ['    ', 1],
    [' ', 1],
  ] as const);
  const gap = rnd.weighted([
    ['\n', 5],
    ['\n\n', 3],
    ['\n \n\n', 1],
  ] as const);
  const eol = rnd.chance(0.2) ? '\r\n' : '\n';
  const trailing = rnd.chance(0.2) ? ' ' : '';
  const text = lines.map((line) => `${indent}${line}${trailing}`).join(gap) + '\n';
  return eol === '\n' ? text : text.replace(/\n/g, eol);
}
