// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import dataStoreFile from './src/integrations/data-store-file.ts';
import entityDownloads from './src/integrations/entity-downloads.ts';
import pagefind from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import shareCards from './src/integrations/share-cards.ts';
import localeCss from './src/integrations/locale-css.ts';
import { astroCsp } from './src/integrations/csp-policy.ts';
import { siteSettings } from './src/lib/site-settings.ts';

/**
 * Deployment settings come from the environment so one build works on any host:
 * ATLAS_SITE (absolute origin for canonical URLs), ATLAS_BASE (sub-path),
 * ATLAS_OUT (output folder, for fixture builds and benchmarks).
 */
// The policy's one possible outside origin: tile images, when ATLAS_TILES switches them on.
const { site, base, contentDir, policy } = siteSettings();

export default defineConfig({
  site,
  base,
  outDir: process.env.ATLAS_OUT ?? './dist',
  cacheDir: process.env.ATLAS_CACHE ?? './node_modules/.astro',
  trailingSlash: 'always',
  // No stylesheet inlined as <style>: every page then runs under one static
  // policy ('self', no hashes), the same in the meta tag and in _headers.
  // Pages are rendered a few at a time, so writing one overlaps rendering the next
  // (one at a time, the process waited on the disk a quarter of the time).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // 'jsx' (Astro 7's default) strips whitespace between elements, which glues
  // English words together in the index that search reads.
  compressHTML: true,
  // Seed text is printed verbatim: no smart quotes, no GFM autolinks or strikethrough.
  // No syntax highlighting: Shiki colours code with style attributes, which the CSP blocks.
  markdown: {
    processor: satteri({ features: { gfm: false, smartPunctuation: false } }),
    syntaxHighlight: false,
  },
  // Strict Content-Security-Policy: Astro writes it (with hashes of what it
  // emits) into a meta tag on every page; securityHeaders writes the same
  // policy, plus frame-ancestors, into dist/_headers.
  security: { csp: astroCsp(policy) },
  // dataStoreFile: the content store is read from Astro's cache when the
  // pages render instead of bundled as one string module (its memory stayed
  // with the bundler for the whole build).
  // After the pages: the per-entity downloads (from data/atlas.json), the
  // share cards, then Pagefind's index, one per <html lang> (under `npm run
  // build` the cards are drawn beside Astro and the index is built after
  // Astro's process has exited: ATLAS_SHARE_CARDS=defer and
  // ATLAS_SEARCH_INDEX=defer, and these only hold their folders); _headers
  // comes last, so it sees the finished folder.
  integrations: [
    dataStoreFile(),
    mdx(),
    localeCss(),
    entityDownloads(),
    shareCards(contentDir),
    pagefind(),
    securityHeaders(policy),
  ],
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
