import { describe, expect, test } from 'vitest';
import { citationText, citations, citeSubject } from '../../src/lib/kit/cite.ts';
import { accessedDate, citeLocale, isoDay } from '../../src/scripts/cite-date.ts';
import { ADDRESS, kitAtlas } from './kit-fixture.ts';

const atlas = kitAtlas();

describe('citations of an entity page', () => {
  const subject = citeSubject(atlas, 'cities', 'dezhou')!;

  test('the Chinese one names the page, the atlas and the page’s address, with a slot for the date of access', () => {
    const [zh] = citations(subject, 'zh-hans', ADDRESS);
    expect(zh.lang).toBe('zh-Hans');
    expect(citationText(zh, '2025年6月1日')).toBe(
      '德州市，产业集群地图集，https://atlas.example.org/atlas/cities/dezhou/（访问日期：2025年6月1日）。',
    );
  });

  test('the English one cites the English page', () => {
    const [, en] = citations(subject, 'zh-hans', ADDRESS);
    expect(en.lang).toBe('en');
    expect(citationText(en, '1 June 2025')).toBe(
      '“Dezhou.” Industrial Cluster Atlas. https://atlas.example.org/atlas/en/cities/dezhou/ (accessed 1 June 2025).',
    );
  });

  test('on a Traditional page the Chinese citation is Traditional and cites the Traditional page', () => {
    const [zh] = citations(subject, 'zh-hant', ADDRESS);
    expect(zh.lang).toBe('zh-Hant');
    expect(zh.before).toBe(
      '德州市，產業集群地圖集，https://atlas.example.org/atlas/zh-hant/cities/dezhou/（訪問日期：',
    );
  });

  test('on an English page the Chinese citation is Simplified', () => {
    expect(citations(subject, 'en', ADDRESS)[0].locale).toBe('zh-hans');
  });

  test('without a filled-in date the citation shows a placeholder to replace', () => {
    const [zh, en] = citations(subject, 'zh-hans', ADDRESS);
    expect(citationText(zh)).toContain('____年__月__日');
    expect(citationText(en)).toContain('(accessed [date]).');
  });
});

describe('citations of an article page', () => {
  test('name the original publisher and date as well as the atlas', () => {
    const [zh, en] = citations(citeSubject(atlas, 'articles', '2022-03-04-11112222')!, 'zh-hans', ADDRESS);
    expect(zh.before).toBe(
      '《德州“数字,经济”园区签约》，样例日报，2022年3月4日；收录于产业集群地图集，https://atlas.example.org/atlas/articles/2022-03-04-11112222/（访问日期：',
    );
    expect(en.before).toBe(
      '“Dezhou signs "digital" park deal.” 样例日报, 4 March 2022. In Industrial Cluster Atlas. https://atlas.example.org/atlas/en/articles/2022-03-04-11112222/ (accessed ',
    );
  });

  test('an article with no English title, publisher or date is still citable', () => {
    const [zh, en] = citations(citeSubject(atlas, 'articles', 'undated-55556666')!, 'zh-hans', ADDRESS);
    expect(zh.before).toContain('未注明来源，未注明日期');
    expect(en.before).toMatch(/^“样例标题\.” Publisher not stated, n\.d\. In Industrial Cluster Atlas\./);
  });

  test('without an English title, the English citation quotes the headline in the script it was published in', () => {
    const [, en] = citations(citeSubject(atlas, 'articles', '2023-09-10-33334444')!, 'en', ADDRESS);
    expect(en.before.startsWith('“=天津武清 新材料基地\u0007.” 樣例時報 <b>&</b>, 10 September 2023.')).toBe(true);
  });

  test('nothing is cited for a page that does not exist', () => {
    expect(citeSubject(atlas, 'clusters', 'nowhere')).toBeUndefined();
    expect(citeSubject(atlas, 'articles', 'nowhere')).toBeUndefined();
  });
});

describe('the date of access the browser fills in', () => {
  test('is written in the citation’s locale', () => {
    const day = new Date(Date.UTC(2025, 5, 1, 12));
    expect(accessedDate(day, 'zh-hans', 'UTC')).toBe('2025年6月1日');
    expect(accessedDate(day, 'zh-hant', 'UTC')).toBe('2025年6月1日');
    expect(accessedDate(day, 'en', 'UTC')).toBe('1 June 2025');
  });

  test('is the reader’s own calendar day', () => {
    const late = new Date(Date.UTC(2025, 5, 1, 23, 30));
    expect(accessedDate(late, 'en', 'Asia/Shanghai')).toBe('2 June 2025');
    expect(accessedDate(late, 'en', 'America/New_York')).toBe('1 June 2025');
  });

  test('is also given as an ISO day, and an unknown locale attribute falls back to Simplified Chinese', () => {
    expect(isoDay(new Date(2025, 0, 9))).toBe('2025-01-09');
    expect(citeLocale('en')).toBe('en');
    expect(citeLocale('fr')).toBe('zh-hans');
    expect(citeLocale(undefined)).toBe('zh-hans');
  });
});
