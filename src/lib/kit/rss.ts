/**
 * RSS 2.0 as a string. Deterministic: dates come from the articles only,
 * and there is no `lastBuildDate`, so an unchanged atlas gives the same feed.
 */
import { escapeXml } from '../charts/markup.ts';

/** One entry of a feed. */
export interface FeedItem {
  title: string;
  /** Absolute URL of the page; also the item's permanent guid. */
  link: string;
  description: string;
  /** ISO calendar date, or null when the article states none (the item then has no pubDate). */
  date: string | null;
  categories: string[];
}

/** A whole feed. */
export interface Channel {
  title: string;
  /** Absolute URL of the page the feed is about. */
  link: string;
  description: string;
  /** RSS language code (`zh-cn`, `zh-tw`, `en`). */
  language: string;
  /** Absolute URL of the feed itself (`atom:link rel="self"`). */
  self: string;
  items: FeedItem[];
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * An ISO calendar date as the RFC 822 date RSS asks for, at midnight UTC.
 * @example rfc822Date('2020-04-21') // 'Tue, 21 Apr 2020 00:00:00 GMT'
 */
export function rfc822Date(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) throw new Error(`not an ISO date: ${iso}`);
  const day = String(d.getUTCDate()).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${day} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} 00:00:00 GMT`;
}

/**
 * Text fit for XML 1.0: characters XML forbids (C0 controls, lone
 * surrogates, U+FFFE/FFFF) are dropped, then markup is escaped. Article
 * text is third-party input; one stray control byte must not break a feed.
 * @example xmlText('A\u0007 & <B>') // 'A &amp; &lt;B&gt;'
 */
export function xmlText(text: string): string {
  const clean = text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );
  return escapeXml(clean);
}

const tag = (name: string, value: string, indent: string): string => `${indent}<${name}>${xmlText(value)}</${name}>`;

function item(entry: FeedItem): string {
  const i = '      ';
  return [
    '    <item>',
    tag('title', entry.title, i),
    tag('link', entry.link, i),
    `${i}<guid isPermaLink="true">${xmlText(entry.link)}</guid>`,
    tag('description', entry.description, i),
    ...(entry.date ? [`${i}<pubDate>${rfc822Date(entry.date)}</pubDate>`] : []),
    ...entry.categories.map((c) => tag('category', c, i)),
    '    </item>',
  ].join('\n');
}

/** The feed as an RSS 2.0 document. */
export function renderRss(channel: Channel): string {
  const i = '    ';
  const dated = channel.items.map((e) => e.date).filter((d): d is string => d !== null);
  const newest = dated.length > 0 ? dated.reduce((a, b) => (a > b ? a : b)) : null;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    tag('title', channel.title, i),
    tag('link', channel.link, i),
    tag('description', channel.description, i),
    tag('language', channel.language, i),
    `${i}<atom:link href="${xmlText(channel.self)}" rel="self" type="application/rss+xml"/>`,
    // The newest article's date, not the clock: the same atlas gives the same feed.
    ...(newest ? [`${i}<pubDate>${rfc822Date(newest)}</pubDate>`] : []),
    ...channel.items.map(item),
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
