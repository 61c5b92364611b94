import { describe, expect, test } from 'vitest';
import { ignoreForeignScript, scriptFamily } from '../../src/lib/search/foreign-script.ts';

const page = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head></head><body><main>${body}</main></body></html>`;

describe('scriptFamily', () => {
  test.each([
    ['zh-Hans', 'hans'],
    ['zh-CN', 'hans'],
    ['zh', 'hans'],
    ['zh-Hant', 'hant'],
    ['zh-hant-TW', 'hant'],
    ['zh-HK', 'hant'],
    ['en', 'other'],
    ['ja', 'other'],
  ])('%s is %s', (tag, family) => {
    expect(scriptFamily(tag)).toBe(family);
  });
});

describe('ignoreForeignScript', () => {
  test('hides Traditional text from the index of a Simplified page', () => {
    const html = page('zh-Hans', '<dl><dd lang="zh-Hant">青島</dd><dd lang="en">Qingdao</dd><dd>青岛</dd></dl>');
    expect(ignoreForeignScript(html)).toBe(
      page(
        'zh-Hans',
        '<dl><dd lang="zh-Hant" data-pagefind-ignore>青島</dd><dd lang="en">Qingdao</dd><dd>青岛</dd></dl>',
      ),
    );
  });

  test('hides Simplified text from the index of a Traditional page, keeping other attributes', () => {
    const html = page('zh-Hant', '<a href="/x/" lang="zh-Hans" class="t">青岛</a>');
    expect(ignoreForeignScript(html)).toContain('<a href="/x/" lang="zh-Hans" class="t" data-pagefind-ignore>青岛</a>');
  });

  test('keeps the Simplified article text of an English page and hides Traditional text', () => {
    const html = page('en', '<div lang="zh-Hans">集成电路</div><q lang="zh-Hant">集成電路</q>');
    const out = ignoreForeignScript(html);
    expect(out).toContain('<div lang="zh-Hans">集成电路</div>');
    expect(out).toContain('<q lang="zh-Hant" data-pagefind-ignore>');
  });

  test('leaves text that merely quotes markup alone', () => {
    const html = page('zh-Hans', '<p>&lt;dd lang="zh-Hant"&gt;青島&lt;/dd&gt;</p>');
    expect(ignoreForeignScript(html)).toBe(html);
  });

  test('leaves a page without a language, or already marked elements, unchanged', () => {
    const bare = '<html><body><p lang="zh-Hant">青島</p></body></html>';
    expect(ignoreForeignScript(bare)).toBe(bare);
    const marked = page('zh-Hans', '<p lang="zh-Hant" data-pagefind-ignore>青島</p>');
    expect(ignoreForeignScript(marked)).toBe(marked);
  });
});
