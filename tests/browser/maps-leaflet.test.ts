/**
 * Maps in a real browser with every outside request blocked: with
 * JavaScript, a Leaflet map with the bundled basemap and every marker; without,
 * the static SVG with the same markers. Runs on the fixture build (or the
 * dist named by MAPS_TEST_DIST / MAPS_TEST_BASE).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../helpers/chromium.ts';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { htmlFiles } from '../helpers/dist.ts';
import { serveDist } from '../helpers/static-server.ts';

const dist = process.env.MAPS_TEST_DIST ?? inject('fixture').dist;
const base = process.env.MAPS_TEST_BASE ?? '/atlas/';

/** The home page, the first city page with a map, and its English version. */
function mapPages(): string[] {
  const cities = htmlFiles(dist)
    .filter((p) => /^cities\/[^/]+\/index\.html$/.test(p))
    .sort()
    .find((p) => readFileSync(join(dist, p), 'utf8').includes('data-atlas-map'));
  const city = cities?.replace(/index\.html$/, '') ?? 'cities/(none with a map)/';
  return ['', city, `en/${city}`];
}

function islandMarkers(html: string): { id: string; coords: [number, number] }[] {
  const match = /<script type="application\/json" class="map-data">([\s\S]*?)<\/script>/.exec(html);
  if (!match?.[1]) throw new Error('no map data island');
  return (JSON.parse(match[1]) as { markers: { id: string; coords: [number, number] }[] }).markers;
}

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;
const outside: string[] = [];

beforeAll(async () => {
  server = await serveDist(dist, base);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function offlineContext(javaScriptEnabled: boolean): Promise<BrowserContext> {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 900 } });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    outside.push(url.href);
    return route.abort();
  });
  return context;
}

async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(`${server.url}${path}`);
  expect(response?.status(), `${path} should exist`).toBe(200);
  return page;
}

describe.each(mapPages())('the map of /%s', (path) => {
  const file = join(dist, path, 'index.html');
  const markers = existsSync(file) ? islandMarkers(readFileSync(file, 'utf8')) : [];

  test('with JavaScript, is a Leaflet map with the offline basemap and every marker', async () => {
    expect(markers.length).toBeGreaterThan(0);
    const context = await offlineContext(true);
    const page = await open(context, path);
    await page.waitForSelector('.atlas-map .leaflet-container');
    await page.waitForFunction(() => document.querySelectorAll('path.atlas-basemap-province').length >= 34);
    const counts = await page.$$eval('.atlas-marker', (els) =>
      els.map((e) => Number((e as HTMLElement).dataset.count)),
    );
    expect(counts.reduce((a, b) => a + b, 0)).toBe(markers.length);
    expect(await page.isHidden('.atlas-map__canvas')).toBe(true);
    const labelled = await page.$$eval('.atlas-marker', (els) =>
      els.every((e) => e.getAttribute('aria-label') && e.getAttribute('tabindex') === '0'),
    );
    expect(labelled).toBe(true);
    await context.close();
  });

  test('without JavaScript, is the static SVG with the same markers', async () => {
    const context = await offlineContext(false);
    const page = await open(context, path);
    expect(await page.isVisible('svg.atlas-map__svg')).toBe(true);
    const ids = await page.$$eval('a.atlas-map__marker', (els) => els.map((e) => e.getAttribute('data-marker-id')));
    expect(ids.sort()).toEqual(markers.map((m) => m.id).sort());
    expect(await page.$$('.leaflet-container')).toHaveLength(0);
    await context.close();
  });
});

describe('interaction', () => {
  test('a marker opens its popup from the keyboard, with a link to its page', async () => {
    const context = await offlineContext(true);
    const page = await open(context, mapPages()[1]!);
    await page.waitForSelector('.atlas-marker--exact, .atlas-marker--approximate');
    await page.focus('.atlas-marker--exact, .atlas-marker--approximate');
    await page.keyboard.press('Enter');
    const link = await page.waitForSelector('.leaflet-popup a[href]');
    expect(await link.getAttribute('href')).toMatch(new RegExp(`^${base}`));
    await context.close();
  });

  test('the view is written to the URL, and a shared view opens centred where it says', async () => {
    const context = await offlineContext(true);
    const page = await open(context, '');
    await page.waitForSelector('.leaflet-control-zoom-in');
    await page.click('.leaflet-control-zoom-in');
    await page.waitForFunction(() => /^#map=[\d.]+\/-?[\d.]+\/-?[\d.]+$/.test(location.hash));
    const [first] = islandMarkers(readFileSync(join(dist, 'index.html'), 'utf8'));
    const shared = await open(context, `#map=9/${first!.coords[0]}/${first!.coords[1]}`);
    const marker = await shared.waitForSelector(`.atlas-marker[data-marker-id="${first!.id}"]`);
    const box = (await marker.boundingBox())!;
    const map = (await (await shared.$('.leaflet-container'))!.boundingBox())!;
    expect(Math.abs(box.x + box.width / 2 - (map.x + map.width / 2))).toBeLessThan(3);
    expect(Math.abs(box.y + box.height / 2 - (map.y + map.height / 2))).toBeLessThan(3);
    await context.close();
  });

  test('no page asked for anything outside the loopback server', () => {
    expect(outside).toEqual([]);
  });
});
