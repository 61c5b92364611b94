import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { bundleSizes, kindOf } from '../../scripts/bench-search.ts';

const root = mkdtempSync(join(tmpdir(), 'atlas-bench-search-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('kindOf', () => {
  test("sorts a per-locale bundle's files into runtime, word index, fragments and filters", () => {
    const at = (path: string) => kindOf(`http://127.0.0.1:9/atlas/pagefind/zh-hans/${path}`);
    expect(at('pagefind.js')).toBe('runtime');
    expect(at('pagefind-worker.js')).toBe('runtime');
    expect(at('wasm.unknown.pagefind')).toBe('runtime');
    expect(at('pagefind.zh-hans_0123abc.pf_meta')).toBe('runtime');
    expect(at('index/zh-hans_1a2b3c4.pf_index')).toBe('index');
    expect(at('fragment/zh-hans_1a2b3c4.pf_fragment')).toBe('fragments');
    expect(at('filter/zh-hans_1a2b3c4.pf_filter')).toBe('filters');
    expect(at('filter-values.json')).toBe('filters');
  });

  test('still reads a single bundle at pagefind/, and calls anything else the page', () => {
    expect(kindOf('http://h/pagefind/index/en_1.pf_index')).toBe('index');
    expect(kindOf('http://h/en/search/folding.json')).toBe('folding');
    expect(kindOf('http://h/_astro/t2cn.abc.js')).toBe('converter');
    expect(kindOf('http://h/_astro/t2s-characters.abc.js')).toBe('converter');
    expect(kindOf('http://h/en/search/')).toBe('page');
  });
});

describe('bundleSizes', () => {
  test("adds up each language's word index and fragment bytes over every bundle", () => {
    const dist = join(root, 'dist');
    const put = (path: string, bytes: number) => {
      mkdirSync(join(dist, path, '..'), { recursive: true });
      writeFileSync(join(dist, path), 'x'.repeat(bytes));
    };
    for (const lang of ['zh-hans', 'en']) put(`pagefind/${lang}/pagefind-entry.json`, 2);
    put('pagefind/zh-hans/index/zh-hans_a.pf_index', 100);
    put('pagefind/zh-hans/index/zh-hans_b.pf_index', 50);
    put('pagefind/zh-hans/fragment/zh-hans_a.pf_fragment', 7);
    put('pagefind/en/index/en_a.pf_index', 30);
    expect(bundleSizes(dist)).toEqual({ 'zh-hans': { index: 150, fragments: 7 }, en: { index: 30, fragments: 0 } });
  });
});
