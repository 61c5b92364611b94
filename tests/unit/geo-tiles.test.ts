import { describe, expect, test } from 'vitest';
import { onlineTiles } from '../../src/lib/geo/tiles.ts';

describe('the online tile setting', () => {
  test.each([undefined, '', '  ', 'off', 'none'])('%j switches tiles off', (setting) => {
    expect(onlineTiles(setting)).toBeNull();
  });

  test('osm names OpenStreetMap, with the origin its images come from', () => {
    expect(onlineTiles(' OSM ')).toEqual({
      url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      maxZoom: 19,
      origin: 'https://tile.openstreetmap.org',
    });
  });

  test('an unknown name fails instead of silently building maps without tiles', () => {
    expect(() => onlineTiles('googel')).toThrow(/unknown tile source "googel"/);
  });
});
