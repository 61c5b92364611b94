import { describe, expect, test } from 'vitest';
import { distPath, moduleImports, pageLinks } from '../../scripts/lib/bench/html-links.ts';

describe('pageLinks', () => {
  test('finds stylesheets, scripts, module preloads, eager images and fonts, but not icons, alternates or data', () => {
    const html = [
      '<html lang="zh-Hans"><head>',
      '<link rel="icon" href="/favicon.svg"><link rel="canonical" href="https://x.org/a/">',
      '<link rel="alternate" hreflang="en" href="/en/a/">',
      '<link rel="stylesheet" href="/_astro/Base.css"><link href=\'/_astro/Map.css\' rel="stylesheet">',
      '<link rel="modulepreload" href="/_astro/chunk.js"><link rel="preload" as="font" href="/f.woff2" crossorigin>',
      '<link rel="preload" as="fetch" href="/geo/basemap.json"><link rel="prefetch" href="/next/">',
      '<script type="application/json" class="map-data">{"a":1}</script>',
      '<script type="module" src="/_astro/map.js?v=1&amp;x=2"></script>',
      '</head><body><img src="/og.png" alt="图"><img loading="lazy" src="/late.png" alt="晚">',
      '<script type="module" src="/_astro/map.js?v=1&amp;x=2"></script></body></html>',
    ].join('');
    expect(pageLinks(html)).toEqual({
      css: ['/_astro/Base.css', '/_astro/Map.css'],
      js: ['/_astro/chunk.js', '/_astro/map.js?v=1&x=2'],
      img: ['/og.png'],
      font: ['/f.woff2'],
    });
  });

  test('finds nothing on a page with inline code only', () => {
    expect(pageLinks('<p>产业园</p><script>console.log("<link rel=stylesheet>")</script>')).toEqual({
      css: [],
      js: [],
      img: [],
      font: [],
    });
  });
});

describe('moduleImports', () => {
  test('tells static imports and re-exports from literal dynamic imports, in minified code', () => {
    const js =
      'import{a as b,c}from"./chunk-a.js";import"./side.js";export*from\'./re.js\';' +
      'const m=()=>import("./leaflet.js"),n=import(`./lazy.js`),o=import(`${base}pagefind/pagefind.js`);';
    expect(moduleImports(js)).toEqual({
      static: ['./chunk-a.js', './side.js', './re.js'],
      dynamic: ['./leaflet.js', './lazy.js'],
    });
  });

  test('does not take a string that merely mentions import for an import', () => {
    expect(moduleImports('const s="reimport"+"x";let important="./no.js";')).toEqual({ static: [], dynamic: [] });
  });
});

describe('distPath', () => {
  test('maps root-relative URLs under the base to files in the built folder', () => {
    expect(distPath('/atlas/_astro/a.css', 'cities/x/index.html', '/atlas/')).toBe('_astro/a.css');
    expect(distPath('/_astro/a.css?v=2#x', 'index.html', '/')).toBe('_astro/a.css');
    expect(distPath('/atlas/en/', 'index.html', '/atlas')).toBe('en/index.html');
  });

  test('resolves relative URLs against the page or module that names them', () => {
    expect(distPath('./chunk.js', '_astro/entry.js', '/')).toBe('_astro/chunk.js');
    expect(distPath('../../_astro/a.css', 'cities/x/index.html', '/')).toBe('_astro/a.css');
  });

  test('gives null for other origins, data URLs, paths outside the base and escapes above the folder', () => {
    expect(distPath('https://cdn.example.org/a.js', 'index.html', '/')).toBeNull();
    expect(distPath('//cdn.example.org/a.js', 'index.html', '/')).toBeNull();
    expect(distPath('data:image/png;base64,AAAA', 'index.html', '/')).toBeNull();
    expect(distPath('/other/a.css', 'index.html', '/atlas/')).toBeNull();
    expect(distPath('../../a.css', 'x/index.html', '/')).toBeNull();
  });
});
