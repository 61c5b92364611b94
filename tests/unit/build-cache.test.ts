import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { diskSeedCache } from '../../scripts/lib/build-cache/disk-seed-cache.ts';
import { fingerprint } from '../../scripts/lib/build-cache/fingerprint.ts';
import { ingestCorpus } from '../../scripts/lib/ingest-corpus.ts';

const temp = () => mkdtempSync(join(tmpdir(), 'atlas-cache-'));

describe('fingerprint', () => {
  test('changes when a file, a file name or a setting changes, and only then', () => {
    const root = temp();
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'src', 'a.ts'), 'one');
    const first = fingerprint(root, ['src'], ['BASE=/']);
    expect(fingerprint(root, ['src'], ['BASE=/'])).toBe(first);
    expect(fingerprint(root, ['src'], ['BASE=/atlas/'])).not.toBe(first);
    writeFileSync(join(root, 'src', 'a.ts'), 'two');
    const second = fingerprint(root, ['src'], ['BASE=/']);
    expect(second).not.toBe(first);
    writeFileSync(join(root, 'src', 'b.ts'), '');
    expect(fingerprint(root, ['src'], ['BASE=/'])).not.toBe(second);
  });
});

describe('diskSeedCache', () => {
  const seeds = [
    {
      file: 'a.txt',
      bytes: new TextEncoder().encode(
        '示例标题新闻稿\n\n2024-01-02 来源:示例日报\n\n这是正文的第一段,讲述一个产业园的建设进展。',
      ),
    },
    { file: 'b.txt', bytes: new Uint8Array() },
  ];

  test('a second run reads every seed from the cache and gives the same result', () => {
    const dir = temp();
    const first = diskSeedCache(dir, 'v1');
    const cold = ingestCorpus(seeds, {}, (e) => e, first);
    expect(first.stats).toEqual({ hits: 0, misses: 3 });
    const second = diskSeedCache(dir, 'v1');
    const warm = ingestCorpus(seeds, {}, (e) => e, second);
    expect(second.stats).toEqual({ hits: 3, misses: 0 });
    expect(warm).toEqual(cold);
  });

  test('a new code version starts afresh and removes the old cache', () => {
    const dir = temp();
    ingestCorpus(seeds, {}, undefined, diskSeedCache(dir, 'version-one-abcdef'));
    const next = diskSeedCache(dir, 'version-two-abcdef');
    ingestCorpus(seeds, {}, undefined, next);
    expect(next.stats.hits).toBe(0);
    expect(existsSync(join(dir, 'version-one-abcd'))).toBe(false);
  });
});
