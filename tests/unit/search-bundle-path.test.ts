import { describe, expect, test } from 'vitest';
import { bundleFolder, bundleUrl } from '../../src/lib/search/bundle-path.ts';

describe('bundle paths', () => {
  test("put each locale's bundle in its own folder under pagefind/", () => {
    expect(bundleFolder('zh-hans')).toBe('pagefind/zh-hans');
    expect(bundleFolder('zh-hant')).toBe('pagefind/zh-hant');
    expect(bundleFolder('en')).toBe('pagefind/en');
  });

  test('resolve a bundle under the deployment base, with or without its trailing slash', () => {
    expect(bundleUrl('/', 'en')).toBe('/pagefind/en/');
    expect(bundleUrl('/atlas/', 'zh-hant')).toBe('/atlas/pagefind/zh-hant/');
    expect(bundleUrl('/atlas', 'zh-hans')).toBe('/atlas/pagefind/zh-hans/');
  });
});
