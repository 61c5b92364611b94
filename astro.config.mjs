// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import pagefind from './src/integrations/pagefind.ts';

/**
 * Deployment settings come from the environment so one build works on any host:
 * ATLAS_SITE (absolute origin for canonical URLs), ATLAS_BASE (sub-path),
 * ATLAS_OUT (output folder, for fixture builds and benchmarks).
 */
const site = process.env.ATLAS_SITE ?? 'https://atlas.example.org';
const base = process.env.ATLAS_BASE ?? '/';

export default defineConfig({
  site,
  base,
  outDir: process.env.ATLAS_OUT ?? './dist',
  cacheDir: process.env.ATLAS_CACHE ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // 'jsx' (Astro 7's default) strips whitespace between elements, which glues
  // English words together in the index that search reads.
  compressHTML: true,
  // Seed text is printed verbatim: no smart quotes, no GFM autolinks or strikethrough.
  markdown: { processor: satteri({ features: { gfm: false, smartPunctuation: false } }) },
  // Pagefind indexes the built pages, one index per <html lang>, inside the build.
  integrations: [mdx(), pagefind()],
  vite: {
    build: {
      rollupOptions: {
        // Every MDX entry carries Astro's own "use astro:head-inject" directive,
        // and the bundler warns once per entry: thousands of identical lines.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  i18n: {
    locales: ['zh-hans', 'zh-hant', 'en'],
    defaultLocale: 'zh-hans',
    routing: { prefixDefaultLocale: false },
  },
});
