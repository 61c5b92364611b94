import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { CHUNK_SIZE_ENV, withChunkSize } from '../../src/integrations/pagefind-chunking.ts';
import { DEFAULT_INDEX_OPTIONS, indexSite } from '../../src/integrations/pagefind.ts';

const root = mkdtempSync(join(tmpdir(), 'atlas-search-chunks-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const saved = process.env[CHUNK_SIZE_ENV];
afterEach(() => {
  if (saved === undefined) delete process.env[CHUNK_SIZE_ENV];
  else process.env[CHUNK_SIZE_ENV] = saved;
});

describe('withChunkSize', () => {
  test('sets the variable while the service starts, then removes it', async () => {
    delete process.env[CHUNK_SIZE_ENV];
    const seen = await withChunkSize(1234, () => Promise.resolve(process.env[CHUNK_SIZE_ENV]));
    expect(seen).toBe('1234');
    expect(process.env[CHUNK_SIZE_ENV]).toBeUndefined();
  });

  test('puts back a value set before, also when starting fails', async () => {
    process.env[CHUNK_SIZE_ENV] = '99';
    await expect(withChunkSize(5, () => Promise.reject(new Error('no service')))).rejects.toThrow('no service');
    expect(process.env[CHUNK_SIZE_ENV]).toBe('99');
  });

  test('refuses a size that is not a positive whole number', async () => {
    for (const bad of [0, -5, 2.5, Number.NaN])
      await expect(withChunkSize(bad, () => Promise.resolve(1))).rejects.toThrow(/positive whole number/);
  });
});

/** A site of `count` Chinese article pages, each with its own words and some shared ones. */
function site(name: string, count: number): string {
  const dir = join(root, name);
  const words = ['集成电路', '新型显示', '生物医药', '新能源汽车', '人工智能', '高端装备', '数字经济', '现代物流'];
  for (let i = 0; i < count; i++) {
    const page = join(dir, 'articles', `a${i}`);
    mkdirSync(page, { recursive: true });
    const text = words.map((w, j) => `${w}产业第${i * 8 + j}号项目`).join(',');
    writeFileSync(
      join(page, 'index.html'),
      `<!doctype html><html lang="zh-Hans"><body><main data-pagefind-body><h1>文章${i}</h1><p>${text}。</p></main></body></html>`,
    );
  }
  return dir;
}

const chunkFiles = (dir: string) => readdirSync(join(dir, 'pagefind', 'zh-hans', 'index')).length;

// The variable is marked unstable in Pagefind: this is what tells when a new version stops reading it.
describe('the chunk size reaches Pagefind', () => {
  test('a smaller size splits the same pages into more index chunks', async () => {
    const coarse = site('coarse', 40);
    const fine = site('fine', 40);
    await indexSite(coarse, DEFAULT_INDEX_OPTIONS);
    await indexSite(fine, { ...DEFAULT_INDEX_OPTIONS, chunkLocations: 50 });
    expect(chunkFiles(coarse)).toBe(1);
    expect(chunkFiles(fine)).toBeGreaterThan(5);
    expect(process.env[CHUNK_SIZE_ENV]).toBe(saved);
  });
});
