/**
 * Ready citations of a page, in Chinese and in English. A build never reads
 * the clock, so the date of access is a slot: the page prints `before`, then
 * a placeholder the reader's browser replaces with today's date, then `after`.
 */
import { fill, messages } from '../../i18n/messages.ts';
import { HTML_LANG, type Locale } from '../../i18n/locales.ts';
import type { Atlas, PageKind } from '../atlas-types.ts';
import { formatDate } from '../format.ts';
import { entityPath } from '../links.ts';
import { entityNames } from '../names.ts';
import { absoluteUrl } from '../seo.ts';
import type { SiteAddress } from './dataset.ts';

/** What is cited: a page, in every script, and for an article its original publication. */
export interface CiteSubject {
  /** Locale-independent path (`cities/qingdao/`). */
  path: string;
  /** The page's title in each script; English may be missing for an article. */
  title: { hans: string; hant: string; en?: string | undefined };
  /** Set for articles: the publisher and date as printed (either may be unknown), and the script it was published in. */
  original?: { source: string | null; date: string | null; script: 'hans' | 'hant' };
}

/** One citation: the text around the access date, and the locale the date is written in. */
export interface Citation {
  /** The language of the citation, for `lang`. */
  lang: 'zh-Hans' | 'zh-Hant' | 'en';
  /** The locale whose page is cited and whose date format fills the slot. */
  locale: Locale;
  url: string;
  before: string;
  /** Shown until the browser fills in the date. */
  placeholder: string;
  after: string;
}

function chinese(subject: CiteSubject, locale: 'zh-hans' | 'zh-hant', address: SiteAddress): Citation {
  const t = messages(locale);
  const k = t.kit;
  const title = locale === 'zh-hant' ? subject.title.hant : subject.title.hans;
  const url = absoluteUrl(locale, subject.path, address.site, address.base);
  const o = subject.original;
  const head = o
    ? fill(k.citeArticle, {
        title,
        source: o.source ?? k.citeNoSource,
        date: o.date ? formatDate(o.date, locale) : k.citeNoDate,
        site: t.siteName,
      })
    : fill(k.citePage, { title, site: t.siteName });
  return {
    lang: HTML_LANG[locale],
    locale,
    url,
    before: fill(k.citeBefore, { head, url }),
    placeholder: k.citePlaceholder,
    after: k.citeAfter,
  };
}

/** A phrase closed with a full stop, unless it already ends in one (`n.d.`, a question). */
const sentence = (text: string): string => (/[.?!。？！]$/.test(text) ? text : `${text}.`);

function english(subject: CiteSubject, address: SiteAddress): Citation {
  const t = messages('en');
  const k = t.kit;
  // Without an English title, quote the headline as published.
  const title = subject.title.en ?? (subject.original?.script === 'hant' ? subject.title.hant : subject.title.hans);
  const url = absoluteUrl('en', subject.path, address.site, address.base);
  const o = subject.original;
  const head = o
    ? fill(k.citeArticle, {
        title: sentence(title),
        source: o.source ?? k.citeNoSource,
        date: sentence(o.date ? formatDate(o.date, 'en') : k.citeNoDate),
        site: t.siteName,
      })
    : fill(k.citePage, { title: sentence(title), site: t.siteName });
  return {
    lang: 'en',
    locale: 'en',
    url,
    before: fill(k.citeBefore, { head, url }),
    placeholder: k.citePlaceholder,
    after: k.citeAfter,
  };
}

/**
 * The Chinese citation (in the page's script; Simplified on English pages),
 * then the English one, each citing the page in its own language.
 * @example citations({ path: 'cities/qingdao/', title: { hans: '青岛市', hant: '青島市', en: 'Qingdao' } }, 'zh-hans', { site: 'https://x.org', base: '/' })[0].before
 * // '青岛市，产业集群地图集，https://x.org/cities/qingdao/（访问日期：'
 */
export function citations(subject: CiteSubject, pageLocale: Locale, address: SiteAddress): [Citation, Citation] {
  const zh = pageLocale === 'zh-hant' ? 'zh-hant' : 'zh-hans';
  return [chinese(subject, zh, address), english(subject, address)];
}

/** A citation as plain text with the slot filled (for copying, and for tests). */
export function citationText(citation: Citation, accessed: string = citation.placeholder): string {
  return `${citation.before}${accessed}${citation.after}`;
}

/** What an entity or article page cites; undefined when the atlas has no such page. */
export function citeSubject(atlas: Atlas, kind: PageKind, id: string): CiteSubject | undefined {
  const path = entityPath(kind, id);
  if (kind === 'articles') {
    const article = atlas.article.get(id);
    return (
      article && {
        path,
        title: article.title,
        original: { source: article.source, date: article.date, script: article.script },
      }
    );
  }
  const names = entityNames(atlas, kind, id);
  return names && { path, title: names };
}
