import { describe, expect, test } from 'vitest';
import { articleId, sha256Hex, titleKey } from '../../scripts/lib/article-id.ts';

describe('articleId', () => {
  test('is the date and a short hash of the title', () => {
    expect(articleId('华为牵手青岛', '2021-05-19')).toMatch(/^2021-05-19-[0-9a-f]{8}$/);
    expect(articleId('华为牵手青岛', null)).toMatch(/^undated-[0-9a-f]{8}$/);
  });

  test('does not depend on script, spacing or punctuation', () => {
    const a = articleId('地方新兴产业集群加速融入全球产业链', '2024-01-22');
    expect(articleId('地方新興產業集群加速融入全球產業鏈', '2024-01-22')).toBe(a);
    expect(articleId(' 地方新兴产业集群,加速融入全球产业链! ', '2024-01-22')).toBe(a);
  });

  test('differs for different titles or dates', () => {
    expect(articleId('甲', '2024-01-22')).not.toBe(articleId('乙', '2024-01-22'));
    expect(articleId('甲', '2024-01-22')).not.toBe(articleId('甲', '2024-01-23'));
  });
});

describe('helpers', () => {
  test('sha256Hex hashes text and bytes alike', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe(sha256Hex('abc'));
  });

  test('titleKey keeps letters and digits only, in Simplified', () => {
    expect(titleKey('“新興”園區：2024!')).toBe('新兴园区2024');
  });
});
