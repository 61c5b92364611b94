/**
 * Keeps Astro's content store out of the bundle. Astro hands the whole store
 * (every entry's data and body: 18 MB at 1,000 articles, growing with the
 * corpus) to the bundler as one module, `export default JSON.parse("…")`:
 * Rolldown parses, holds and prints that string, and its allocator keeps the
 * memory after the bundle is written, all through page generation. For a
 * static build the pages are rendered in this process, on this machine, from
 * the file Astro's sync has just written, so the module can read that file
 * when it runs instead: same value, a few lines of code to bundle.
 *
 * Left to Astro: dev, server output (the bundle runs elsewhere), chunked
 * collection storage and incremental builds (other module shapes and metadata).
 */
import type { AstroConfig, AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The id Astro resolves `astro:data-layer-content` to. */
export const DATA_STORE_MODULE_ID = '\0astro:data-layer-content';

/** The file Astro's content sync writes the store to for a build (not dev). */
export function dataStoreFilePath(cacheDir: URL): string {
  return fileURLToPath(new URL('data-store.json', cacheDir));
}

/**
 * Whether this configuration stores content the way the module replaces:
 * one file (the default), no incremental build.
 */
export function storesOneFile(
  experimental: Pick<AstroConfig['experimental'], 'collectionStorage' | 'incrementalBuild'>,
): boolean {
  const storage = experimental.collectionStorage;
  return (storage === undefined || storage === 'single-file') && !experimental.incrementalBuild;
}

/**
 * The module that stands for the store: it reads and parses the file when the
 * pages are rendered (Astro's own module parses the same text, inlined).
 * @example dataStoreModule('/tmp/cache/data-store.json')
 * // "import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(\"/tmp/cache/data-store.json\", 'utf8'));\n"
 */
export function dataStoreModule(file: string): string {
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;
}

/** The Astro integration: a Vite plugin that loads the store module ahead of Astro's own loader. */
export default function dataStoreFile(): AstroIntegration {
  let file: string | null = null;
  let isStatic = false;
  const load = (id: string): { code: string } | null =>
    id === DATA_STORE_MODULE_ID && isStatic && file !== null && existsSync(file)
      ? { code: dataStoreModule(file) }
      : null;
  return {
    name: 'atlas:data-store-file',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        file = storesOneFile(config.experimental) ? dataStoreFilePath(config.cacheDir) : null;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'atlas:data-store-file',
                apply: 'build',
                // Astro's content plugin loads this id too, and it comes first: the hook runs before it.
                load: { order: 'pre', filter: { id: /^\0astro:data-layer-content$/ }, handler: load },
              },
            ],
          },
        });
      },
      'astro:config:done': ({ buildOutput }) => {
        isStatic = buildOutput === 'static';
      },
    },
  };
}
