import { describe, expect, test } from 'vitest';
import {
  cspHash,
  inlineHashes,
  isInlineCode,
  mayHaveInline,
  mergeHashes,
} from '../../src/integrations/inline-hashes.ts';

// The example of the CSP specification and MDN: the hash of alert('Hello, world.');
const HELLO = "alert('Hello, world.');";
const HELLO_HASH = 'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=';

describe('inline hashes', () => {
  test('are the base64 SHA-256 of the exact text, as browsers compute them', () => {
    expect(cspHash(HELLO)).toBe(HELLO_HASH);
  });

  test('cover classic and module scripts and style elements, whatever the case of the tag', () => {
    const html = `<SCRIPT>${HELLO}</SCRIPT><script type="module">x()</script><style media="print">a{}</style>`;
    expect(inlineHashes(html)).toEqual({ scripts: [HELLO_HASH, cspHash('x()')], styles: [cspHash('a{}')] });
  });

  test('leave out scripts with a src and data blocks such as JSON islands', () => {
    const html = '<script src="/a.js"></script><script type="application/json" class="map-data">{"a":1}</script>';
    expect(inlineHashes(html)).toEqual({ scripts: [], styles: [] });
  });

  test('do not take markup inside attribute values or comments for elements', () => {
    const html = `<meta content="<script>${HELLO}</script>"><p title='<style>a{}</style>'>x</p><!-- <script>y()</script> -->`;
    expect(inlineHashes(html)).toEqual({ scripts: [], styles: [] });
  });

  test('a page is read element by element only when it may hold inline code or styles', () => {
    expect(
      mayHaveInline('<script type="module" src="/a.js"></script><script type="application/json">{}</script>'),
    ).toBe(false);
    expect(mayHaveInline('<p>no tags at all</p>')).toBe(false);
    // A false alarm (here inside a comment and an attribute) costs only the careful reading, which finds nothing.
    const alarms = `<!-- <script>${HELLO}</script> --><p title="<style>">x</p>`;
    expect(mayHaveInline(alarms)).toBe(true);
    expect(inlineHashes(alarms)).toEqual({ scripts: [], styles: [] });
    expect(mayHaveInline(`<div><script>${HELLO}</script></div>`)).toBe(true);
  });

  test.each([
    ['', true],
    [' type="module"', true],
    [' type="text/javascript"', true],
    [' type="importmap"', true],
    [' type="application/ld+json"', false],
    [' src="/x.js" type="module"', false],
    [' data-src="x" ', true],
  ])('a script with attributes "%s" is inline code: %s', (attributes, expected) => {
    expect(isInlineCode(attributes)).toBe(expected);
  });

  test('merge into sorted lists without repeats', () => {
    expect(
      mergeHashes([
        { scripts: ['sha256-b', 'sha256-a'], styles: [] },
        { scripts: ['sha256-a'], styles: ['sha256-c'] },
      ]),
    ).toEqual({ scripts: ['sha256-a', 'sha256-b'], styles: ['sha256-c'] });
  });
});
