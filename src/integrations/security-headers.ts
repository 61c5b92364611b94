/**
 * Writes `<outDir>/_headers` once the build is done: the site's
 * Content-Security-Policy as a real header (with `frame-ancestors`, which a
 * meta tag cannot carry), `X-Frame-Options`, `nosniff` and a referrer policy,
 * for Netlify and Cloudflare Pages. Paths carry the deployment base. Embed
 * pages (`embed/…`) get a block of their own that lets any site frame them;
 * no other block matches them, so no host can join the two policies.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LOCALES, localeParam } from '../i18n/locales.ts';
import { headerPolicy, type InlineHashes, type PolicyOptions } from './csp-policy.ts';
import { formatHeadersFile, hostLimitProblems, parseHeadersFile, type HeaderRule } from './headers-file.ts';
import { leftToCaller, stepMode } from './defer.ts';
import { inlineHashes, mergeHashes } from './inline-hashes.ts';

const HEADERS_FILE = '_headers';

/** Path patterns (relative to the base) of the site's files: embeds, and everything else. */
export interface PageGroups {
  pages: string[];
  embeds: string[];
}

/** The folders of the non-default locales (`zh-hant/`, `en/`). */
export function localeFolders(): string[] {
  return LOCALES.flatMap((locale) => {
    const param = localeParam(locale);
    return param ? [`${param}/`] : [];
  });
}

/**
 * Path patterns that cover every file of the site once, by its first folder
 * under its locale: `cities/*`, `en/cities/*`, `pagefind/*`, files at a
 * locale's top exactly, the home pages too (`''`, `en/`), and embeds apart
 * (`embed/*`, `en/embed/*`). Not only pages: Pagefind's worker script runs
 * under the policy of its own response. Few patterns whatever the number of
 * pages (Cloudflare Pages reads at most 100 blocks).
 * @example pageGroups(['index.html', 'en/cities/x/index.html', 'embed/cities/x/index.html'], ['en/']) // { pages: ['', 'en/cities/*', 'index.html'], embeds: ['embed/*'] }
 */
export function pageGroups(files: readonly string[], folders: readonly string[]): PageGroups {
  const pages = new Set<string>();
  const embeds = new Set<string>();
  const byLength = [...folders].sort((a, b) => b.length - a.length);
  for (const file of files) {
    if (file === HEADERS_FILE) continue;
    const folder = byLength.find((f) => file.startsWith(f)) ?? '';
    const rest = file.slice(folder.length);
    const slash = rest.indexOf('/');
    if (slash < 0) {
      pages.add(`${folder}${rest}`);
      if (rest === 'index.html') pages.add(folder);
    } else {
      const first = rest.slice(0, slash);
      (first === 'embed' ? embeds : pages).add(`${folder}${first}/*`);
    }
  }
  return { pages: [...pages].sort(), embeds: [...embeds].sort() };
}

/** The `_headers` blocks for a site under `base`. */
export function securityRules(
  base: string,
  groups: PageGroups,
  options: PolicyOptions,
  hashes: InlineHashes,
): HeaderRule[] {
  const pagePolicy = headerPolicy(options, hashes, ["'self'"]);
  const embedPolicy = headerPolicy(options, hashes, ['*']);
  return [
    {
      path: `${base}*`,
      headers: [
        ['X-Content-Type-Options', 'nosniff'],
        ['Referrer-Policy', 'strict-origin-when-cross-origin'],
      ],
    },
    ...groups.pages.map((p): HeaderRule => ({
      path: `${base}${p}`,
      headers: [
        ['Content-Security-Policy', pagePolicy],
        ['X-Frame-Options', 'SAMEORIGIN'],
      ],
    })),
    ...groups.embeds.map((p): HeaderRule => ({
      path: `${base}${p}`,
      headers: [['Content-Security-Policy', embedPolicy]],
    })),
  ];
}

/** Files of a built site as sorted `/`-separated paths. */
async function siteFiles(site: string): Promise<string[]> {
  const all = await readdir(site, { recursive: true, withFileTypes: true });
  return all
    .filter((entry) => entry.isFile())
    .map((entry) => relative(site, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * The inline hashes of every page of a built site (of `files`, its files
 * when already listed): the slow part of `_headers` (it reads every page),
 * which the build runs while the search index is built.
 */
export async function siteInlineHashes(site: string, files?: readonly string[]): Promise<InlineHashes> {
  const pages = (files ?? (await siteFiles(site))).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
  const perPage: InlineHashes[] = [];
  // One file at a time: thousands of pages opened at once can run out of file handles.
  for (const page of pages) perPage.push(inlineHashes(await readFile(join(site, page), 'utf8')));
  return mergeHashes(perPage);
}

/** Build the `_headers` text for a built site folder (its pages' inline hashes read from it, unless given). */
export async function headersFileFor(
  site: string,
  base: string,
  options: PolicyOptions,
  known?: InlineHashes,
): Promise<string> {
  const files = await siteFiles(site);
  const hashes = known ?? (await siteInlineHashes(site, files));
  const rules = securityRules(
    base.endsWith('/') ? base : `${base}/`,
    pageGroups(files, localeFolders()),
    options,
    hashes,
  );
  return formatHeadersFile(
    rules,
    'Written by the build (src/integrations/security-headers.ts): edit the code, not this file.',
  );
}

/**
 * Write `_headers` into a built site; returns its text's problems for the
 * hosts that read it (none when it fits their limits) and its block count.
 */
export async function writeHeadersFile(
  site: string,
  base: string,
  options: PolicyOptions,
  known?: InlineHashes,
): Promise<{ blocks: number; problems: string[] }> {
  const text = await headersFileFor(site, base, options, known);
  await writeFile(join(site, HEADERS_FILE), text);
  return { blocks: parseHeadersFile(text).length, problems: hostLimitProblems(text) };
}

/** The environment variable that leaves `_headers` to the caller (`scripts/build.ts` writes it last). */
export const SECURITY_HEADERS_ENV = 'ATLAS_SECURITY_HEADERS';

const STEP = '_headers';

/** The Astro integration: writes `_headers` into the output folder after the build. */
export default function securityHeaders(options: PolicyOptions): AstroIntegration {
  let base = '/';
  return {
    name: 'atlas:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        stepMode(process.env, SECURITY_HEADERS_ENV, STEP);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (leftToCaller(SECURITY_HEADERS_ENV, STEP, logger)) return;
        const { blocks, problems } = await writeHeadersFile(fileURLToPath(dir), base, options);
        problems.forEach((problem) => logger.warn(problem));
        logger.info(`wrote _headers (${blocks} path blocks)`);
      },
    },
  };
}
