/**
 * Astro's build alone, in a process of its own: `scripts/build.ts` runs it as
 * a child, so everything Astro holds when rendering ends (gigabytes on a
 * large corpus) is given back to the system before the search index is
 * built. Settings come from the environment as for `astro build` (ATLAS_*,
 * read by astro.config.mjs; ATLAS_SEARCH_INDEX=defer leaves the index to the
 * caller); the project is the working folder. Exits non-zero when the build fails.
 *
 *   ATLAS_SEARCH_INDEX=defer node scripts/astro-build.ts
 */
import { build } from 'astro';

process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
// Vite reads these from the environment and they would override the config
// (a test runner exports BASE_URL=/ and MODE=test): a build depends only on
// the ATLAS_* settings.
for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete process.env[name];
process.env.NODE_ENV = 'production';

await build({ root: process.cwd() });
