import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import shareCards, { CARDS_PENDING_FILE, SHARE_CARDS_ENV } from '../../src/integrations/share-cards.ts';
import { cardJobs, drawCards, publishCards } from '../../src/lib/kit/og-build.ts';
import { kitAtlas } from './kit-fixture.ts';

const root = mkdtempSync(join(tmpdir(), 'atlas-og-build-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const saved = process.env[SHARE_CARDS_ENV];
afterEach(() => {
  if (saved === undefined) delete process.env[SHARE_CARDS_ENV];
  else process.env[SHARE_CARDS_ENV] = saved;
});

describe('cardJobs', () => {
  test('one card per city and industry, then the home card of each locale; none for parks, clusters or articles', () => {
    const atlas = kitAtlas();
    const paths = cardJobs(atlas).map((job) => job.path);
    expect(paths).toEqual([
      ...atlas.cities.map((c) => `og/cities/${c.id}.jpg`),
      ...atlas.industries.map((i) => `og/industries/${i.id}.jpg`),
      'og/zh-hans.jpg',
      'og/zh-hant.jpg',
      'og/en.jpg',
    ]);
    expect(cardJobs(atlas).find((job) => job.path === 'og/en.jpg')?.content.script).toBe('en');
  });
});

describe('drawCards and publishCards', () => {
  test('draw each card into the cache once and publish it at its path, as the cached image', async () => {
    const cache = join(root, 'cache');
    mkdirSync(cache, { recursive: true });
    writeFileSync(join(cache, 'stale.jpg'), 'old');
    const jobs = cardJobs(kitAtlas()).slice(0, 3);
    const cards = await drawCards(jobs, cache);
    expect(cards.map((c) => c.path)).toEqual(jobs.map((j) => j.path));
    expect(readdirSync(cache).sort()).toEqual(cards.map((c) => c.file.slice(cache.length + 1)).sort());
    const site = join(root, 'site');
    mkdirSync(join(site, 'og', 'cities'), { recursive: true });
    writeFileSync(join(site, jobs[0]!.path), 'an older card');
    expect(publishCards(cards, site)).toBe(3);
    for (const card of cards) {
      expect(readFileSync(join(site, card.path)).equals(readFileSync(card.file)), card.path).toBe(true);
      expect(readFileSync(join(site, card.path)).readUInt16BE(0)).toBe(0xffd8);
    }
    // On one file system the published card is the cached file itself, not a second copy.
    expect(statSync(join(site, cards[0]!.path)).ino).toBe(statSync(cards[0]!.file).ino);
  });

  test('publish a copy where the site and the cache are on different file systems', () => {
    const other = '/dev/shm';
    if (!existsSync(other)) return;
    const dir = mkdtempSync(join(other, 'atlas-og-'));
    try {
      writeFileSync(join(dir, 'card.jpg'), 'image');
      const site = join(root, 'copied');
      expect(publishCards([{ path: 'og/x.jpg', file: join(dir, 'card.jpg') }], site)).toBe(1);
      expect(readFileSync(join(site, 'og/x.jpg'), 'utf8')).toBe('image');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the share-cards integration', () => {
  const logger = { info: () => {}, warn: () => {}, error: () => {} } as unknown as AstroIntegrationLogger;
  const buildDone = (dir: string) => {
    const hook = shareCards(join(root, 'no-content'))['hooks']['astro:build:done']!;
    return hook({ dir: pathToFileURL(`${dir}/`), logger } as unknown as Parameters<typeof hook>[0]);
  };

  test('deferred, it only holds the og folder’s place for the caller', async () => {
    process.env[SHARE_CARDS_ENV] = 'defer';
    const site = join(root, 'deferred');
    await buildDone(site);
    expect(readdirSync(join(site, 'og'))).toEqual([CARDS_PENDING_FILE]);
  });

  test('otherwise it publishes the cards of its content folder (here only the home cards)', async () => {
    delete process.env[SHARE_CARDS_ENV];
    process.env.ATLAS_CACHE = join(root, 'astro-cache');
    const site = join(root, 'in-build');
    try {
      await buildDone(site);
    } finally {
      delete process.env.ATLAS_CACHE;
    }
    expect(readdirSync(join(site, 'og')).sort()).toEqual(['en.jpg', 'zh-hans.jpg', 'zh-hant.jpg']);
  });

  test('a misspelt setting fails when the config is done, before any page is rendered', () => {
    process.env[SHARE_CARDS_ENV] = 'later';
    const hook = shareCards('content')['hooks']['astro:config:done']!;
    expect(() => hook({} as Parameters<typeof hook>[0])).toThrow(/ATLAS_SHARE_CARDS is "later"/);
  });
});
