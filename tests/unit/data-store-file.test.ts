import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterAll, describe, expect, test } from 'vitest';
import dataStoreFile, {
  DATA_STORE_MODULE_ID,
  dataStoreFilePath,
  dataStoreModule,
  storesOneFile,
} from '../../src/integrations/data-store-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-data-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cacheDir = pathToFileURL(`${dir}/`);

type LoadHook = { order: string; handler: (id: string) => { code: string } | null };
type SetupParams = Parameters<NonNullable<AstroIntegration['hooks']['astro:config:setup']>>[0];
type DoneParams = Parameters<NonNullable<AstroIntegration['hooks']['astro:config:done']>>[0];

/** Run the integration's hooks as Astro would, and return its plugin's load hook. */
function loadHook(options: { buildOutput: 'static' | 'server'; experimental?: object }): LoadHook {
  const integration = dataStoreFile();
  const plugins: { load: LoadHook }[] = [];
  const config = {
    cacheDir,
    experimental: { collectionStorage: 'single-file', incrementalBuild: false, ...options.experimental },
  };
  const updateConfig = (update: { vite: { plugins: { load: LoadHook }[] } }) => plugins.push(...update.vite.plugins);
  void integration.hooks['astro:config:setup']?.({ config, updateConfig } as unknown as SetupParams);
  void integration.hooks['astro:config:done']?.({ buildOutput: options.buildOutput } as unknown as DoneParams);
  const [plugin] = plugins;
  if (!plugin) throw new Error('the integration added no Vite plugin');
  return plugin.load;
}

/** Evaluate module code as an ES module and return its default export. */
async function evaluate(code: string): Promise<unknown> {
  const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as {
    default: unknown;
  };
  return module.default;
}

describe('the content store module', () => {
  test('reads the store file when it runs and gives the value Astro would have inlined', async () => {
    const store = [['Map', 1], 'articles', { title: '青岛打造“海洋+”产业集群', quote: 'a "b" \\ c' }];
    const file = join(dir, 'store.json');
    writeFileSync(file, JSON.stringify(store));
    const code = dataStoreModule(file);
    expect(code).not.toContain('青岛');
    expect(await evaluate(code)).toEqual(store);
  });

  test('sits in Astro’s build cache folder', () => {
    expect(dataStoreFilePath(new URL('file:///srv/atlas/.cache/'))).toBe('/srv/atlas/.cache/data-store.json');
  });

  test('replaces only the single-file store of a build that is not incremental', () => {
    expect(storesOneFile({ collectionStorage: 'single-file', incrementalBuild: false })).toBe(true);
    expect(storesOneFile({ collectionStorage: 'chunked', incrementalBuild: false })).toBe(false);
    expect(storesOneFile({ collectionStorage: { type: 'chunked', chunkSize: 1024 }, incrementalBuild: false })).toBe(
      false,
    );
    expect(storesOneFile({ collectionStorage: 'single-file', incrementalBuild: true })).toBe(false);
  });
});

describe('the integration', () => {
  writeFileSync(join(dir, 'data-store.json'), '[["Map"]]');

  test('loads the store module from the file in a static build, ahead of Astro’s loader', () => {
    const load = loadHook({ buildOutput: 'static' });
    expect(load.order).toBe('pre');
    expect(load.handler(DATA_STORE_MODULE_ID)).toEqual({ code: dataStoreModule(join(dir, 'data-store.json')) });
  });

  test('leaves every other module to the rest of the build', () => {
    const load = loadHook({ buildOutput: 'static' });
    expect(load.handler('\0astro:content')).toBeNull();
    expect(load.handler('/src/pages/index.astro')).toBeNull();
  });

  test('leaves the store to Astro for server output, chunked storage or a missing file', () => {
    expect(loadHook({ buildOutput: 'server' }).handler(DATA_STORE_MODULE_ID)).toBeNull();
    const chunked = loadHook({ buildOutput: 'static', experimental: { collectionStorage: 'chunked' } });
    expect(chunked.handler(DATA_STORE_MODULE_ID)).toBeNull();
    rmSync(join(dir, 'data-store.json'));
    expect(loadHook({ buildOutput: 'static' }).handler(DATA_STORE_MODULE_ID)).toBeNull();
  });
});
