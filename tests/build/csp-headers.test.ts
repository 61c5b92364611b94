/**
 * The Content-Security-Policy of the fixture build, read from the files: the
 * `_headers` file (every page under exactly one policy block, embeds
 * frameable, the rest not), the meta tag on every page, and markup that
 * needs nothing the policy forbids (no style attributes, inline handlers,
 * `javascript:` URLs, inline scripts or `<style>` elements). Runs on the
 * fixture build (or the dist named by CSP_TEST_DIST / CSP_TEST_BASE).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, inject, test } from 'vitest';
import { parsePolicy } from '../../src/integrations/csp-policy.ts';
import { headersForPath, parseHeadersFile, pathMatches } from '../../src/integrations/headers-file.ts';
import { isInlineCode } from '../../src/integrations/inline-hashes.ts';
import { pageUrlPath } from '../helpers/crawl.ts';
import { htmlFiles } from '../helpers/dist.ts';

const dist = process.env.CSP_TEST_DIST ?? inject('fixture').dist;
const base = process.env.CSP_TEST_BASE ?? '/atlas/';
const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
const pages = htmlFiles(dist)
  .map((p) => p.split('\\').join('/'))
  .filter((p) => !p.startsWith('pagefind/'))
  .sort();
/** Every file under a folder, as `/`-separated paths relative to it. */
function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
}
const docs = new Map(pages.map((p) => [p, parse(readFileSync(join(dist, p), 'utf8'))] as const));

/** The checks every policy of the site must pass, wherever it is delivered. */
function expectStrict(policy: Map<string, string[]>): void {
  expect(policy.get('default-src')).toEqual(["'self'"]);
  const script = policy.get('script-src') ?? [];
  expect(script).toContain("'self'");
  expect(script).toContain("'wasm-unsafe-eval'");
  expect(script).not.toContain("'unsafe-inline'");
  expect(script).not.toContain("'unsafe-eval'");
  expect(script.filter((s) => !/^'(self|wasm-unsafe-eval|sha256-[A-Za-z0-9+/=]+)'$/.test(s))).toEqual([]);
  const style = policy.get('style-src') ?? [];
  expect(style).toContain("'self'");
  expect(style.filter((s) => !/^'(self|sha256-[A-Za-z0-9+/=]+)'$/.test(s))).toEqual([]);
  // The fixture is built without online tiles: no image origin but the site's own.
  expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'self'"]);
  expect(policy.get('form-action')).toEqual(["'self'"]);
}

describe('the _headers file', () => {
  test('sends nosniff and a referrer policy for everything under the base', () => {
    expect(headersForPath(rules, `${base}data/atlas.json`)).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
    });
  });

  test('has only paths under the deployment base', () => {
    expect(rules.length).toBeGreaterThan(2);
    for (const rule of rules) expect(rule.path.startsWith(base), rule.path).toBe(true);
  });

  test('puts every page and every script under exactly one strict policy', () => {
    // Scripts too: a worker (Pagefind's compiles WebAssembly) runs under the policy of its own response.
    const scripts = allFiles(dist).filter((f) => f.endsWith('.js'));
    expect(scripts.some((f) => f.startsWith('pagefind/') && f.endsWith('worker.js'))).toBe(true);
    expect(pages.length).toBeGreaterThan(20);
    for (const page of [...pages, ...scripts]) {
      const path = pageUrlPath(base, page);
      const blocks = rules.filter(
        (r) => pathMatches(r.path, path) && r.headers.some(([n]) => /^content-security-policy$/i.test(n)),
      );
      expect(
        blocks.map((r) => r.path),
        path,
      ).toHaveLength(1);
      expectStrict(parsePolicy(headersForPath(rules, path)['content-security-policy'] ?? ''));
    }
  });

  test('lets any site frame the embeds, and only the site itself frame the other pages', () => {
    const embeds = pages.filter((p) => /^((zh-hant|en)\/)?embed\//.test(p));
    expect(embeds.length).toBeGreaterThan(0);
    for (const page of pages) {
      const headers = headersForPath(rules, pageUrlPath(base, page));
      const policy = parsePolicy(headers['content-security-policy'] ?? '');
      if (embeds.includes(page)) {
        expect(policy.get('frame-ancestors'), page).toEqual(['*']);
        expect(headers['x-frame-options'], page).toBeUndefined();
      } else {
        expect(policy.get('frame-ancestors'), page).toEqual(["'self'"]);
        expect(headers['x-frame-options'], page).toBe('SAMEORIGIN');
      }
    }
  });

  test('covers a missing page under a section, which the host answers with the 404 page', () => {
    const policy = parsePolicy(
      headersForPath(rules, `${base}en/cities/no-such-city/`)['content-security-policy'] ?? '',
    );
    expect(policy.get('frame-ancestors')).toEqual(["'self'"]);
  });
});

describe('every page', () => {
  const metaOf = (doc: HTMLElement) => doc.querySelectorAll('meta[http-equiv="content-security-policy"]');

  test('carries one strict policy meta tag, without frame-ancestors (ignored in a meta tag)', () => {
    for (const [page, doc] of docs) {
      const metas = metaOf(doc);
      expect(metas, page).toHaveLength(1);
      const policy = parsePolicy(metas[0]?.getAttribute('content') ?? '');
      expectStrict(policy);
      expect(policy.has('frame-ancestors'), page).toBe(false);
    }
  });

  test('has its policy before any script or stylesheet, so it governs them all', () => {
    for (const [page, doc] of docs) {
      const head = doc.querySelector('head');
      const children = head?.childNodes.filter((n): n is HTMLElement => n.nodeType === 1) ?? [];
      const at = children.findIndex((el) => el.getAttribute('http-equiv') === 'content-security-policy');
      const firstResource = children.findIndex(
        (el) =>
          el.tagName === 'SCRIPT' ||
          el.tagName === 'STYLE' ||
          (el.tagName === 'LINK' && el.getAttribute('rel') === 'stylesheet'),
      );
      expect(at, page).toBeGreaterThanOrEqual(0);
      if (firstResource >= 0) expect(at, page).toBeLessThan(firstResource);
    }
  });

  test('has no style attribute, inline event handler or javascript: URL', () => {
    const found: string[] = [];
    for (const [page, doc] of docs) {
      for (const el of doc.querySelectorAll('*')) {
        for (const [name, value] of Object.entries(el.attributes)) {
          const bad =
            name === 'style' ||
            /^on[a-z]+$/.test(name) ||
            (/^(href|src|action|formaction|xlink:href)$/.test(name) && /^\s*javascript:/i.test(value));
          if (bad) found.push(`${page}: <${el.tagName.toLowerCase()} ${name}="${value}">`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  test('has no inline script or style element (data islands are not code)', () => {
    const found: string[] = [];
    for (const [page, doc] of docs) {
      for (const script of doc.querySelectorAll('script')) {
        const attributes = script.rawAttrs;
        if (isInlineCode(attributes)) found.push(`${page}: <script ${attributes}>`);
      }
      if (doc.querySelectorAll('style').length > 0) found.push(`${page}: <style>`);
    }
    expect(found).toEqual([]);
  });

  test('offers no online tile layer when the build did not switch one on', () => {
    const islands = [...docs.values()].flatMap((doc) => doc.querySelectorAll('script.map-data'));
    expect(islands.length).toBeGreaterThan(0);
    for (const island of islands) expect(JSON.parse(island.rawText)).not.toHaveProperty('tiles');
  });
});
