/**
 * Steps that run after the pages, inside `astro build` (the default, so a
 * plain `npx astro build` gives a whole site) or afterwards by the caller
 * (`scripts/build.ts`), which asks for that with an environment variable
 * set to `defer` for its Astro child: the search index (so Astro's memory
 * and the indexer's never add up) and the share cards (drawn beside Astro
 * while it renders the pages, on the other core).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Where a step runs: in Astro's `astro:build:done`, or by the caller after Astro. */
export type StepMode = 'build' | 'defer';

/**
 * The mode `variable` asks for: unset or empty runs the step inside the
 * build, `defer` leaves it to the caller. Any other value is an error, so a
 * misspelt setting cannot silently ship a site without the step.
 * @example stepMode({ ATLAS_SEARCH_INDEX: 'defer' }, 'ATLAS_SEARCH_INDEX', 'pagefind') // 'defer'
 */
export function stepMode(env: Readonly<Record<string, string | undefined>>, variable: string, step: string): StepMode {
  const value = env[variable]?.trim() ?? '';
  if (value === '') return 'build';
  if (value === 'defer') return 'defer';
  throw new Error(`${step}: ${variable} is "${value}"; leave it unset to run it in the build, or set it to "defer"`);
}

/** What `leftToCaller` logs with. */
interface StepLogger {
  info(message: string): void;
}

/**
 * Whether `variable` leaves `step` to the caller (see `stepMode`); when it
 * does, the build log says so, in the line the benchmark and tests read
 * (`search index left to the caller (ATLAS_SEARCH_INDEX=defer)`).
 */
export function leftToCaller(
  variable: string,
  step: string,
  logger: StepLogger,
  env: Readonly<Record<string, string | undefined>> = process.env,
): boolean {
  if (stepMode(env, variable, step) !== 'defer') return false;
  logger.info(`${step} left to the caller (${variable}=defer)`);
  return true;
}

/**
 * Hold a folder's place in a built site whose contents come later:
 * `_headers` (written in `astro:build:done`) gives a block to each top folder
 * it finds files in, and the files written later must fall under one. The
 * step that fills the folder removes the file. Returns its path.
 */
export async function reserveFolder(site: string, folder: string, file: string, note: string): Promise<string> {
  const dir = join(site, folder);
  await mkdir(dir, { recursive: true });
  const path = join(dir, file);
  await writeFile(path, `${note}\n`);
  return path;
}
