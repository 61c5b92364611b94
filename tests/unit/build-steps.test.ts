import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import entityDownloads, { ENTITY_DOWNLOADS_ENV } from '../../src/integrations/entity-downloads.ts';
import securityHeaders, {
  SECURITY_HEADERS_ENV,
  siteInlineHashes,
  writeHeadersFile,
} from '../../src/integrations/security-headers.ts';
import { siteSettings } from '../../src/lib/site-settings.ts';
import { moveFolders } from '../../scripts/lib/move-folders.ts';

const root = mkdtempSync(join(tmpdir(), 'atlas-build-steps-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const saved = { ...process.env };
afterEach(() => {
  for (const name of [ENTITY_DOWNLOADS_ENV, SECURITY_HEADERS_ENV]) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

function put(dir: string, path: string, text: string): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}

const logger = { info: () => {}, warn: () => {}, error: () => {} } as unknown as AstroIntegrationLogger;

describe('siteSettings', () => {
  test('give the settings pages and the steps beside them share, with defaults', () => {
    expect(siteSettings({})).toEqual({
      site: 'https://atlas.example.org',
      base: '/',
      contentDir: './content',
      policy: { imageOrigins: [] },
    });
    expect(siteSettings({ ATLAS_BASE: 'atlas', ATLAS_SITE: 'https://x.org' })).toMatchObject({
      base: '/atlas/',
      site: 'https://x.org',
    });
    expect(siteSettings({ ATLAS_BASE: '/a/b/' }).base).toBe('/a/b/');
    expect(siteSettings({ ATLAS_TILES: 'osm' }).policy.imageOrigins).toHaveLength(1);
  });
});

describe('moveFolders', () => {
  test('moves each folder into the site, replacing one of the same name and leaving the rest', () => {
    const from = join(root, 'move', 'from');
    const to = join(root, 'move', 'to');
    put(from, 'cities/a.json', 'new a');
    put(from, 'parks/b.json', 'b');
    put(to, 'cities/old.json', 'stale');
    put(to, 'atlas.json', 'kept');
    expect(moveFolders(from, to)).toEqual(['cities', 'parks']);
    expect(readdirSync(join(to, 'cities'))).toEqual(['a.json']);
    expect(readFileSync(join(to, 'parks/b.json'), 'utf8')).toBe('b');
    expect(readFileSync(join(to, 'atlas.json'), 'utf8')).toBe('kept');
    expect(readdirSync(from)).toEqual([]);
    expect(moveFolders(join(root, 'move', 'missing'), to)).toEqual([]);
  });
});

describe('_headers written by the caller', () => {
  const site = join(root, 'headers-site');
  put(site, 'index.html', '<html><head><script type="module" src="/a.js"></script></head></html>');
  put(site, 'cities/x/index.html', '<html><body><style>p{}</style></body></html>');
  put(site, 'pagefind/zh-hans/pagefind.js', '');

  test('are the same from hashes read beforehand as from reading the pages then', async () => {
    const hashes = await siteInlineHashes(site);
    expect(hashes.styles).toHaveLength(1);
    const direct = await writeHeadersFile(site, '/', { imageOrigins: [] });
    const directText = readFileSync(join(site, '_headers'), 'utf8');
    const given = await writeHeadersFile(site, '/', { imageOrigins: [] }, hashes);
    expect(readFileSync(join(site, '_headers'), 'utf8')).toBe(directText);
    expect(given).toEqual(direct);
    expect(directText).toContain('/pagefind/*');
  });

  test('deferred, the integrations leave _headers and the downloads alone', async () => {
    process.env[SECURITY_HEADERS_ENV] = 'defer';
    process.env[ENTITY_DOWNLOADS_ENV] = 'defer';
    const dir = join(root, 'deferred');
    mkdirSync(dir, { recursive: true });
    const done = (integration: ReturnType<typeof entityDownloads>) => {
      const hook = integration.hooks['astro:build:done']!;
      return hook({ dir: pathToFileURL(`${dir}/`), logger } as unknown as Parameters<typeof hook>[0]);
    };
    await done(securityHeaders({ imageOrigins: [] }));
    // Not deferred, the downloads integration would fail here: there is no data/atlas.json to read.
    await done(entityDownloads());
    expect(existsSync(join(dir, '_headers'))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  test('a misspelt setting is an error before any page is rendered', () => {
    process.env[SECURITY_HEADERS_ENV] = 'later';
    const hook = securityHeaders({ imageOrigins: [] }).hooks['astro:config:done']!;
    expect(() => hook({ config: { base: '/' } } as unknown as Parameters<typeof hook>[0])).toThrow(
      /ATLAS_SECURITY_HEADERS is "later"/,
    );
  });
});
