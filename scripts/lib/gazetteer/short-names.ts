/**
 * Splitting official Chinese unit names into stem, unit type and ethnic
 * groups, and choosing the short form used in running prose
 * (青岛市 → 青岛, 恩施土家族苗族自治州 → 恩施, 城区 stays 城区).
 */
import { BARE_ETHNIC_NAMES, ETHNIC_GROUPS } from './ethnic-groups.ts';
import type { Level, NameParts, UnitType } from './types.ts';

/** A suffix, the unit type it marks, and the shortest stem it may leave. */
type SuffixRule = readonly [suffix: string, type: UnitType, minStem?: number];

// Longest suffixes first: 自治县 before 县, 新区 before 区.
const SUFFIXES: Record<Level, readonly SuffixRule[]> = {
  province: [
    ['特别行政区', 'sar'],
    ['自治区', 'autonomous-region'],
    ['省', 'province'],
    ['市', 'municipality'],
  ],
  prefecture: [
    ['特别行政区', 'sar'],
    ['自治州', 'autonomous-prefecture'],
    ['地区', 'prefecture'],
    ['盟', 'league'],
    ['市', 'city'],
    ['县', 'county'],
  ],
  county: [
    ['行政委员会', 'administrative-committee'],
    ['自治县', 'autonomous-county'],
    ['自治旗', 'autonomous-banner'],
    ['群岛', 'islands'],
    // 神农架林区 is a forestry district; 万柏林区 is 万柏林 + 区.
    ['林区', 'forestry-district', 3],
    ['特区', 'special-district'],
    ['新区', 'new-area'],
    ['区', 'district'],
    ['县', 'county'],
    ['市', 'city'],
    ['旗', 'banner'],
  ],
};

/**
 * Stems that are ordinary words or relative locations rather than names
 * (市中 "city centre", 城关 "inside the walls", 新兴 "emerging", 合作
 * "cooperation", 长安 a carmaker): prose uses the full name for these units
 * (新兴县, 合作市), so the full name is their short form too, and an entity
 * linker looking for short forms will not find a county in 新兴产业.
 */
const GENERIC_STEMS: ReadonlySet<string> = new Set(
  [
    '市中 城中 城关 城东 城西 城南 城北 城厢 新城 老城 新市 中西 南关 北关 站前',
    '江北 江南 河东 河西 山城 海港 港口 中原 东方 向阳 开发 高新 经济',
    '新兴 新建 新华 新星 合作 共和 和平 光明 前进 友好 工农 解放 红旗 东风 平安 太平 长寿 富裕 安定 兴隆 长安',
  ]
    .join(' ')
    .split(' '),
);

const ETHNIC_TOKENS: readonly string[] = [...[...ETHNIC_GROUPS.keys()].map((g) => `${g}族`), ...BARE_ETHNIC_NAMES].sort(
  (a, b) => b.length - a.length,
);

/** Remove a parenthesised gloss: 嘉模堂区（氹仔） → 嘉模堂区. */
function dropGloss(name: string): string {
  return name.replace(/[（(][^）)]*[）)]$/u, '').trim();
}

/** Strip ethnic groups from the end of an autonomous unit's stem, keeping a place-name of at least two characters. */
function stripEthnicGroups(stem: string): { stem: string; groups: string[] } {
  const groups: string[] = [];
  let rest = stem;
  for (;;) {
    const token = ETHNIC_TOKENS.find((t) => rest.endsWith(t));
    if (!token) break;
    const group = token.endsWith('族') && ETHNIC_GROUPS.has(token.slice(0, -1)) ? token.slice(0, -1) : token;
    const remainder = rest.slice(0, -token.length);
    if (remainder.length < 2) {
      // The unit is named after its people (东乡族自治县, 鄂伦春自治旗): keep the name, drop 族.
      if (remainder.length === 0) return { stem: group, groups: [group, ...groups] };
      break;
    }
    groups.unshift(group);
    rest = remainder;
  }
  return { stem: rest, groups };
}

/**
 * Split an official name into its parts. `reserved` holds short forms taken by
 * province-level units: a prefecture or county whose stem is one of them keeps
 * its full name as its short form (吉林市 is not 吉林, 河南蒙古族自治县 is not 河南).
 * @example splitName('恩施土家族苗族自治州', 'prefecture')
 * // { stem: '恩施', short: '恩施', type: 'autonomous-prefecture', ethnicGroups: ['土家', '苗'] }
 * @example splitName('城区', 'county') // { stem: '城', short: '城区', type: 'district', ethnicGroups: [] }
 */
export function splitName(fullName: string, level: Level, reserved: ReadonlySet<string> = new Set()): NameParts {
  const name = dropGloss(fullName);
  for (const [suffix, type, minStem = 2] of SUFFIXES[level]) {
    if (!name.endsWith(suffix) || name.length <= suffix.length) continue;
    const bare = name.slice(0, -suffix.length);
    // 清新区 is 清新 + 区, not 清 + 新区: a longer suffix must leave a long enough stem.
    if (bare.length < minStem && suffix.length > 1) continue;
    // Autonomous units and ethnic districts (梅里斯达斡尔族区) name their peoples after the place.
    const ethnic = type.startsWith('autonomous') || bare.endsWith('族');
    const { stem, groups } = ethnic ? stripEthnicGroups(bare) : { stem: bare, groups: [] };
    return { stem, short: shortForm(name, stem, level, reserved), type, ethnicGroups: groups };
  }
  return { stem: name, short: name, type: 'other', ethnicGroups: [] };
}

function shortForm(name: string, stem: string, level: Level, reserved: ReadonlySet<string>): string {
  if ([...stem].length < 2 || GENERIC_STEMS.has(stem)) return name;
  // 吉林市 and 海南藏族自治州 are not 吉林 and 海南, which name provinces.
  if (level !== 'province' && reserved.has(stem)) return name;
  return stem;
}
