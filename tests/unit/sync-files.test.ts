import { mkdtempSync, readdirSync, readFileSync, statSync, existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { syncSection } from '../../scripts/lib/sync-files.ts';

describe('syncSection', () => {
  test('writes new files, leaves unchanged ones untouched and removes stale ones', () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-sync-'));
    const files = [
      { path: 'articles/a/zh-hans.mdx', contents: 'A' },
      { path: 'articles/b/zh-hans.mdx', contents: 'B' },
    ];
    expect(syncSection(root, 'articles', files)).toEqual({ written: 2, unchanged: 0, removed: 0 });
    const before = statSync(join(root, 'articles/a/zh-hans.mdx')).mtimeMs;

    mkdirSync(join(root, 'articles/old'), { recursive: true });
    writeFileSync(join(root, 'articles/old/zh-hans.mdx'), 'stale');
    const stats = syncSection(root, 'articles', [files[0]!, { path: 'articles/b/zh-hans.mdx', contents: 'B2' }]);

    expect(stats).toEqual({ written: 1, unchanged: 1, removed: 1 });
    expect(statSync(join(root, 'articles/a/zh-hans.mdx')).mtimeMs).toBe(before);
    expect(readFileSync(join(root, 'articles/b/zh-hans.mdx'), 'utf8')).toBe('B2');
    expect(existsSync(join(root, 'articles/old'))).toBe(false);
  });

  test('a collection whose files change extension keeps only the new files (old .mdx entities go)', () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-sync-'));
    syncSection(root, 'cities', [
      { path: 'cities/qingdao.mdx', contents: '---\nid: "qingdao"\n---\n' },
      { path: 'cities/dezhou.mdx', contents: '---\nid: "dezhou"\n---\n' },
    ]);
    const json = [
      { path: 'cities/qingdao.json', contents: '{\n  "id": "qingdao"\n}\n' },
      { path: 'cities/dezhou.json', contents: '{\n  "id": "dezhou"\n}\n' },
    ];

    expect(syncSection(root, 'cities', json)).toEqual({ written: 2, unchanged: 0, removed: 2 });
    expect(readdirSync(join(root, 'cities')).sort()).toEqual(['dezhou.json', 'qingdao.json']);
  });
});
