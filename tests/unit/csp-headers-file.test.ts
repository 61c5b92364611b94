import { describe, expect, test } from 'vitest';
import {
  formatHeadersFile,
  HOST_LIMITS,
  hostLimitProblems,
  headersForPath,
  parseHeadersFile,
  pathMatches,
  type HeaderRule,
} from '../../src/integrations/headers-file.ts';

const RULES: HeaderRule[] = [
  { path: '/atlas/*', headers: [['X-Content-Type-Options', 'nosniff']] },
  { path: '/atlas/cities/*', headers: [['Content-Security-Policy', "default-src 'self'"]] },
  { path: '/atlas/', headers: [['Content-Security-Policy', "frame-ancestors 'self'"]] },
];

describe('_headers files', () => {
  test('read back what they were written from, comment included', () => {
    const text = formatHeadersFile(RULES, 'made by a test\non two lines');
    expect(text.startsWith('# made by a test\n# on two lines\n/atlas/*\n  X-Content-Type-Options: nosniff\n')).toBe(
      true,
    );
    expect(parseHeadersFile(text)).toEqual(RULES);
  });

  test('keep a colon inside a value', () => {
    expect(parseHeadersFile('/a\n  Content-Security-Policy: img-src https://x.org:8443\n')[0]?.headers).toEqual([
      ['Content-Security-Policy', 'img-src https://x.org:8443'],
    ]);
  });

  test('reject a header line before any path', () => {
    expect(() => parseHeadersFile('  X-Frame-Options: DENY\n')).toThrow(/outside a block/);
  });
});

describe('path patterns', () => {
  test.each([
    ['/atlas/cities/*', '/atlas/cities/qingdao/', true],
    ['/atlas/cities/*', '/atlas/cities/', true],
    ['/atlas/cities/*', '/atlas/citiesx/', false],
    ['/atlas/', '/atlas/', true],
    ['/atlas/', '/atlas/en/', false],
    ['/atlas/:lang/embed/*', '/atlas/en/embed/cities/x/', true],
    ['/atlas/:lang/embed/*', '/atlas/embed/cities/x/', false],
    ['/a.b/*', '/aXb/c', false],
  ])('%s matching %s is %s', (pattern, path, expected) => {
    expect(pathMatches(pattern, path)).toBe(expected);
  });

  test('collect the headers of every matching block, joining repeated names with a comma as hosts do', () => {
    const twice: HeaderRule[] = [...RULES, { path: '/atlas/*', headers: [['content-security-policy', 'img-src *']] }];
    expect(headersForPath(twice, '/atlas/cities/x/')).toEqual({
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'self', img-src *",
    });
    expect(headersForPath(RULES, '/elsewhere/')).toEqual({});
  });
});

describe('host limits', () => {
  test('are met by a small file', () => {
    expect(hostLimitProblems(formatHeadersFile(RULES))).toEqual([]);
  });

  test('name too many blocks and too long a line', () => {
    const many = Array.from({ length: HOST_LIMITS.rules + 1 }, (_, i): HeaderRule => ({
      path: `/p${i}/*`,
      headers: [],
    }));
    expect(hostLimitProblems(formatHeadersFile(many))).toEqual([`_headers has 101 blocks; Cloudflare Pages reads 100`]);
    const long: HeaderRule = { path: '/*', headers: [['Content-Security-Policy', `script-src ${'x'.repeat(2000)}`]] };
    expect(hostLimitProblems(formatHeadersFile([long]))).toEqual([
      '_headers has a line of 2038 characters; Cloudflare Pages reads 2000',
    ]);
  });
});
