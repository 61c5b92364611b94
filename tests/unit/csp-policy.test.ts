import { describe, expect, test } from 'vitest';
import { astroCsp, headerPolicy, otherDirectives, parsePolicy } from '../../src/integrations/csp-policy.ts';

const NO_HASHES = { scripts: [], styles: [] };

describe('the site policy', () => {
  test('allows images from the site and data: URIs only, unless an outside origin is given', () => {
    const img = (origins?: string[]) => new Map(otherDirectives({ imageOrigins: origins })).get('img-src');
    expect(img()).toEqual(["'self'", 'data:']);
    expect(img(['https://tile.openstreetmap.org'])).toEqual(["'self'", 'data:', 'https://tile.openstreetmap.org']);
  });

  test("gives Astro no frame-ancestors (a meta tag ignores it) and scripts 'wasm-unsafe-eval' but no 'unsafe-*'", () => {
    const csp = astroCsp({});
    expect(csp.directives?.some((d) => d.startsWith('frame-ancestors'))).toBe(false);
    expect(csp.directives).toContain("default-src 'self'");
    expect(csp.scriptDirective?.resources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp.styleDirective?.resources).toEqual(["'self'"]);
  });

  test('as a header, carries script and style hashes sorted, quoted and once each, and who may frame the page', () => {
    const policy = parsePolicy(
      headerPolicy({}, { scripts: ['sha256-b', 'sha256-a', 'sha256-b'], styles: ['sha256-c'] }, ['*']),
    );
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-a'", "'sha256-b'"]);
    expect(policy.get('style-src')).toEqual(["'self'", "'sha256-c'"]);
    expect(policy.get('frame-ancestors')).toEqual(['*']);
  });

  test('as a header, repeats every directive of the meta tag', () => {
    const header = parsePolicy(headerPolicy({ imageOrigins: ['https://tiles.example'] }, NO_HASHES, ["'self'"]));
    for (const [name, sources] of otherDirectives({ imageOrigins: ['https://tiles.example'] })) {
      expect(header.get(name), name).toEqual(sources);
    }
  });

  test('reads back a policy string, keeping the first of a repeated directive as browsers do', () => {
    const policy = parsePolicy("default-src 'self';  IMG-SRC 'self' data: ; img-src *");
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
  });
});
