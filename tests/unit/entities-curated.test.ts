import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { toHant } from '../../scripts/lib/convert-script.ts';
import { checkAgainstPlaces, checkCurated } from '../../scripts/lib/entities/check-curated.ts';
import { linkEntities } from '../../scripts/lib/entities/link-entities.ts';
import { DEFAULT_GAZETTEER_DIR, parseCurated, type CuratedTexts } from '../../scripts/lib/entities/load-curated.ts';
import type { PlaceRecord } from '../../scripts/lib/entities/types.ts';
import {
  blocks,
  curatedTables,
  fixtureLexicon,
  hasRealPlaces,
  REAL_PLACES_PATH,
} from '../fixtures/entities/lexicons.ts';

const curated = curatedTables();
const committed = (name: keyof CuratedTexts) => readFileSync(`${DEFAULT_GAZETTEER_DIR}/${name}.yaml`, 'utf8');
const texts = (): CuratedTexts => ({
  industries: committed('industries'),
  companies: committed('companies'),
  zones: committed('zones'),
  parks: committed('parks'),
});

describe('curated tables', () => {
  test('hold about 25 industries and 40 companies or more, each with a source', () => {
    expect(curated.industries.length).toBeGreaterThanOrEqual(25);
    expect(curated.companies.length).toBeGreaterThanOrEqual(40);
    for (const e of [...curated.industries, ...curated.companies, ...curated.zones, ...curated.parks]) {
      expect(e.source.length, e.id).toBeGreaterThan(5);
    }
  });

  test('pass their own consistency checks', () => {
    expect(checkCurated(curated)).toEqual([]);
  });

  test('carry every Simplified alias also in its Traditional form', () => {
    for (const e of [...curated.industries, ...curated.companies, ...curated.zones, ...curated.parks]) {
      for (const alias of e.aliases.hans)
        expect(e.aliases.hant.concat(e.name.hant), `${e.id} ${alias}`).toContain(toHant(alias));
    }
  });

  test.each([
    ['積體電路', 'integrated-circuits'],
    ['晶片', 'integrated-circuits'],
    ['IC', 'integrated-circuits'],
    ['OLED', 'new-display'],
    ['液晶', 'new-display'],
    ['人工智慧', 'artificial-intelligence'],
    ['元宇宙', 'virtual-reality'],
    ['工業物聯網', 'industrial-internet'],
    ['醫療器材', 'medical-devices'],
    ['生技醫藥', 'biomedicine'],
    ['仪器仪表', 'precision-instruments'],
    ['靶材', 'new-materials'],
    ['儲能', 'hydrogen-and-storage'],
    ['太陽能', 'photovoltaics'],
    ['電動車', 'new-energy-vehicles'],
    ['笔电', 'smart-terminals'],
    ['光電', 'optoelectronics'],
    ['工業機器人', 'high-end-equipment'],
    ['電子資訊', 'electronic-information'],
    ['資料中心', 'data-centers'],
    ['5G', 'telecommunications'],
    ['低空经济', 'aerospace'],
    ['石化', 'petrochemicals'],
    ['軟體', 'software'],
    ['船舶', 'marine-economy'],
  ])('link the regional term %s to the industry %s', (term, id) => {
    expect(linkEntities(blocks(`发展${term}。`), '', fixtureLexicon()).industries).toEqual([id]);
  });

  test('name the eight emerging-industry parks of Qingdao with their districts', () => {
    const districts = Object.fromEntries(
      curated.parks.filter((p) => p.id.startsWith('qingdao-')).map((p) => [p.name.hans, p.district]),
    );
    expect(districts).toEqual({
      青岛市集成电路产业园: 'qingdao-huangdao',
      青岛市精密仪器仪表产业园: 'qingdao-chengyang',
      青岛市生物医药及医疗器械产业园: 'qingdao-chengyang',
      青岛市新型显示产业园: 'qingdao-huangdao',
      青岛市虚拟现实产业园: 'qingdao-laoshan',
      青岛市人工智能产业园: 'qingdao-laoshan',
      青岛市绿色低碳新材料产业园: 'qingdao-huangdao',
      青岛市氢能产业园: 'qingdao-huangdao',
    });
  });
});

describe('parseCurated', () => {
  test('refuses an unknown industry, naming the file and entry', () => {
    const bad = {
      ...texts(),
      companies: `${committed('companies')}\n- id: acme\n  name: { hans: 艾克米, en: Acme }\n  industries: [widgets]\n  source: test\n`,
    };
    expect(() => parseCurated(bad)).toThrow(/companies\.yaml acme: unknown industry "widgets"/);
  });

  test('refuses an id used twice and a generic word as a park alias', () => {
    const park =
      '\n- id: hsinchu-science-park\n  name: { hans: 某园, en: Some park }\n  aliases: { hans: [产业园] }\n  city: x\n  coords: [0, 1]\n  precision: city\n  source: test\n';
    expect(() => parseCurated({ ...texts(), parks: committed('parks') + park })).toThrow(
      /used twice[\s\S]*"产业园" is a generic word/,
    );
  });

  test('refuses a zone whose adcode is not a quoted six-digit code', () => {
    const zone =
      '\n- id: somewhere\n  name: { hans: 某区, en: Somewhere }\n  kind: other\n  adcode: 3702\n  precision: city\n  source: test\n';
    expect(() => parseCurated({ ...texts(), zones: committed('zones') + zone })).toThrow(
      /zones\.yaml #\d+ \(somewhere\): "adcode"/,
    );
  });
});

describe.skipIf(!hasRealPlaces)('curated tables against places.json', () => {
  const places = hasRealPlaces ? (JSON.parse(readFileSync(REAL_PLACES_PATH, 'utf8')) as PlaceRecord[]) : [];
  const byId = new Map(places.map((p) => [p.id, p]));

  test('refer only to places that exist, districts inside their cities', () => {
    expect(checkAgainstPlaces(curated, places)).toEqual([]);
  });

  test('put each park on the point its precision names', () => {
    for (const park of curated.parks.filter((p) => p.precision !== 'park')) {
      const place = byId.get((park.precision === 'district' ? park.district : park.city) ?? '');
      expect(place?.coords, park.id).toEqual(park.coords);
      if (park.precision === 'district') expect(place?.precision, park.id).toBe('district');
    }
  });
});
