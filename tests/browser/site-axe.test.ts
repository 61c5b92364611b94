/**
 * axe-core in Chromium on one page of every kind in every locale (and the
 * home, city and article pages in dark mode too): no serious or critical
 * violation. Failures print each rule with the elements it names.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/chromium.ts';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { htmlFiles } from '../helpers/dist.ts';
import { serveDist } from '../helpers/static-server.ts';

const { dist } = inject('fixture');
const BASE = '/atlas/';
const AXE = join(process.cwd(), 'node_modules', 'axe-core', 'axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** The first entity page of a kind, preferring one named in `prefer` (e.g. an article with damaged text). */
function firstOf(kind: string): string {
  const pages = htmlFiles(dist)
    .filter((p) => new RegExp(`^${kind}/[^/]+/index\\.html$`).test(p))
    .sort();
  return pages[0]?.replace(/index\.html$/, '') ?? `${kind}/(none)/`;
}

const kinds = ['cities', 'parks', 'industries', 'clusters', 'articles'];
const pagePaths = [
  '',
  'about/',
  ...kinds.flatMap((k) => [`${k}/`, firstOf(k)]),
  ...(existsSync(join(dist, 'search')) ? ['search/'] : []),
];
const cases = ['', 'zh-hant/', 'en/'].flatMap((prefix) => pagePaths.map((p) => `${prefix}${p}`));
const darkCases = ['', 'en/'].flatMap((prefix) =>
  ['', firstOf('cities'), firstOf('articles')].map((p) => `${prefix}${p}`),
);

let browser: Browser;
let site: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  site = await serveDist(dist, BASE);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function violations(path: string, colorScheme: 'light' | 'dark'): Promise<AxeViolation[]> {
  // bypassCSP: axe is injected as an inline script, which the site's CSP blocks
  // (tests/browser/csp.test.ts checks the site itself runs under that policy).
  const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 }, bypassCSP: true });
  // Nothing outside the loopback server: the site must not need it.
  await context.route('**/*', (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
  );
  const page = await context.newPage();
  try {
    await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
    await page.addScriptTag({ path: AXE });
    const result = (await page.evaluate(() =>
      (window as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }).axe.run(),
    )) as { violations: AxeViolation[] };
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  } finally {
    await context.close();
  }
}

function report(found: AxeViolation[]): string {
  return found
    .map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}`).join('\n')}`)
    .join('\n');
}

describe('axe finds no serious or critical violation', () => {
  test('the fixture has a page of every kind to check', () => {
    for (const kind of kinds) expect(readdirSync(join(dist, kind)).length, kind).toBeGreaterThan(1);
  });

  test.each(cases)('on /%s in light mode', async (path) => {
    const found = await violations(path, 'light');
    expect(found, report(found)).toEqual([]);
  });

  test.each(darkCases)('on /%s in dark mode', async (path) => {
    const found = await violations(path, 'dark');
    expect(found, report(found)).toEqual([]);
  });
});
