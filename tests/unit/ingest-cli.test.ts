/**
 * The ingest CLI as a user runs it: `npm run ingest -- --seeds DIR --out DIR [--strict]`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const article = [
  '示例新区集成电路产业园开工',
  '',
  '2023-04-05 来源:示例日报',
  '',
  '示例新区集成电路产业园今天开工建设,项目总投资12亿元。',
];

function corpus(): { seeds: string; out: string } {
  const root = mkdtempSync(join(tmpdir(), 'atlas-cli-'));
  const seeds = join(root, 'seeds');
  mkdirSync(seeds);
  writeFileSync(join(seeds, 'good.txt'), article.join('\n'));
  writeFileSync(join(seeds, 'empty.txt'), '');
  return { seeds, out: join(root, 'content') };
}

function ingest(args: string[]) {
  return spawnSync(process.execPath, ['scripts/ingest.ts', '--no-cache', ...args], { encoding: 'utf8' });
}

describe('npm run ingest', () => {
  test('writes both scripts of every readable seed and names the skipped one, exiting 0', () => {
    const { seeds, out } = corpus();
    const run = ingest(['--seeds', seeds, '--out', out]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/skipped .*empty\.txt: the file is empty/);
    const [id] = readdirSync(join(out, 'articles'));
    expect(existsSync(join(out, 'articles', id!, 'zh-hans.mdx'))).toBe(true);
    expect(existsSync(join(out, 'articles', id!, 'zh-hant.mdx'))).toBe(true);
  });

  test('--strict turns a skipped seed into a failure', () => {
    const { seeds, out } = corpus();
    const run = ingest(['--seeds', seeds, '--out', out, '--strict']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/empty\.txt/);
  });

  test('writes each entity as a JSON data file and removes the MDX file an older ingest left for it', () => {
    const { seeds, out } = corpus();
    writeFileSync(
      join(seeds, 'qingdao.txt'),
      [
        '青岛集成电路产业加速发展',
        '',
        '2023-04-05 来源:示例日报',
        '',
        '青岛市集成电路企业已超过100家,产值同比增长20%。',
      ].join('\n'),
    );
    mkdirSync(join(out, 'cities'), { recursive: true });
    writeFileSync(join(out, 'cities', 'qingdao.mdx'), '---\nid: "qingdao"\n---\n');

    expect(ingest(['--seeds', seeds, '--out', out]).status).toBe(0);
    expect(readdirSync(join(out, 'cities'))).toEqual(['qingdao.json']);
    const city = JSON.parse(readFileSync(join(out, 'cities', 'qingdao.json'), 'utf8')) as {
      id: string;
      adcode: string;
    };
    expect(city).toMatchObject({ id: 'qingdao', adcode: '370200' });
    for (const section of ['parks', 'industries', 'clusters']) {
      const dir = join(out, section);
      if (existsSync(dir)) for (const file of readdirSync(dir)) expect(file).toMatch(/\.json$/);
    }
  });
});
