/**
 * Runs the real build (`npm run build`: ingest, Astro, search index, build
 * report) on a seed folder, into folders of the caller's choosing, and
 * returns everything it printed.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface BuildOptions {
  seeds: string;
  content: string;
  dist: string;
  base?: string;
  site?: string;
}

/** Build synchronously; returns stdout and stderr; throws with them when a step fails. */
export function runBuild(options: BuildOptions): string {
  const env = {
    ...process.env,
    ATLAS_SEEDS: options.seeds,
    ATLAS_CONTENT: options.content,
    ATLAS_OUT: options.dist,
    ATLAS_CACHE: join(options.dist, '..', '.astro-cache'),
    ATLAS_BASE: options.base ?? '/',
    ATLAS_SITE: options.site ?? 'https://atlas.example.org',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const run = spawnSync(process.execPath, ['scripts/build.ts'], { env, encoding: 'utf8', maxBuffer: 64 << 20 });
  const log = `${run.stdout}${run.stderr}`;
  if (run.status !== 0) throw new Error(`the build failed (exit ${run.status}):\n${log}`);
  return log;
}
