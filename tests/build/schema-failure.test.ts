/**
 * Honest failure: a content file that breaks its collection's schema stops
 * the build, and the message names the file and the field. (Each case is one
 * broken copy of the fixture's content folder, built by Astro directly: the
 * ingest would rewrite the file from its seed.)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, inject, test } from 'vitest';

const fixture = inject('fixture');
const root = mkdtempSync(join(tmpdir(), 'atlas-schema-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Copy the fixture's content, break one file with `edit`, build; the exit status and the log. */
function buildBroken(
  name: string,
  file: string,
  edit: (text: string) => string,
): { status: number | null; log: string } {
  const content = join(root, name, 'content');
  cpSync(fixture.content, content, { recursive: true });
  const path = join(content, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  expect(after, `the edit changed nothing in ${file}`).not.toBe(before);
  writeFileSync(path, after);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ATLAS_CONTENT: content,
    ATLAS_OUT: join(root, name, 'dist'),
    ATLAS_CACHE: join(root, name, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  for (const reserved of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[reserved];
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  // CI may force colours: read the words, not the escape codes around them.
  return { status: run.status, log: stripVTControlCharacters(`${run.stdout}${run.stderr}`) };
}

function firstFile(dir: string, pattern: RegExp): string {
  const found = readdirSync(join(fixture.content, dir), { recursive: true, encoding: 'utf8' })
    .filter((p) => pattern.test(p))
    .sort()[0];
  if (!found) throw new Error(`no ${pattern} under ${dir}`);
  return join(dir, found);
}

describe('a content file that fails its schema', () => {
  test('an impossible article date stops the build, naming the file and the date field', () => {
    const file = firstFile('articles', /zh-hans\.mdx$/);
    const { status, log } = buildBroken('date', file, (t) => t.replace(/^date: .*$/m, 'date: "2021-02-30"'));
    expect(status).not.toBe(0);
    expect(log).toContain(join('articles', file.split('/')[1] ?? ''));
    expect(log).toMatch(/^\s*date: must be a calendar date/m);
  });

  test('a city placed off the globe stops the build, naming the file and the coords field', () => {
    const file = firstFile('cities', /\.json$/);
    const { status, log } = buildBroken('coords', file, (t) => t.replace(/("coords": \[\s*)[-\d.]+/, '$191.5'));
    expect(status).not.toBe(0);
    expect(log).toContain(file);
    expect(log).toMatch(/^\s*coords\.0: /m);
  });
});
