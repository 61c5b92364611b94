/**
 * Building the matching lexicon once from the places table and the curated
 * tables: every name, short form and alias in both scripts (and English),
 * folded into one trie, with what each key means and when it may link.
 */
import { curatedKeys } from './curated-keys.ts';
import { anchorInUnit, placeAnchor, placeKind, type PlaceIndex } from './place-tree.ts';
import { placeKeys, type KeyedSense } from './place-keys.ts';
import { STOP_PHRASES } from './stoplists.ts';
import { addKey, createTrie } from './trie.ts';
import { foldText } from './fold.ts';
import type { Anchor, Curated, EntityKind, Lexicon, PlaceRecord, Sense } from './types.ts';

/**
 * The key under which an entity's anchor is stored.
 * @example anchorKey('zone', 'qingdao-west-coast-new-area') // 'zone:qingdao-west-coast-new-area'
 */
export function anchorKey(kind: EntityKind, id: string): string {
  return `${kind}:${id}`;
}

function curatedAnchors(
  curated: Curated,
  byId: ReadonlyMap<string, PlaceRecord>,
  index: PlaceIndex,
): Map<string, Anchor> {
  const anchors = new Map<string, Anchor>();
  for (const z of curated.zones) anchors.set(anchorKey('zone', z.id), anchorInUnit(z.adcode, index));
  for (const p of curated.parks) {
    const unit = (p.district ? byId.get(p.district) : undefined) ?? byId.get(p.city);
    const anchor: Anchor = unit ? placeAnchor(unit, index) : { adcodes: [] };
    anchors.set(anchorKey('park', p.id), { ...anchor, city: p.city, district: p.district ?? undefined });
  }
  return anchors;
}

/**
 * A curated zone or park shadows an administrative place of the same name
 * (苏州工业园区 is a zone even where a table files it as a county).
 */
function groupKeys(keyed: readonly KeyedSense[]): Map<string, { key: string; senses: Sense[] }> {
  const groups = new Map<string, { key: string; senses: Sense[] }>();
  for (const { key, sense } of keyed) {
    const folded = foldText(key.trim());
    if (folded === '') continue;
    const group = groups.get(folded) ?? { key: key.trim(), senses: [] };
    // One key naming one entity twice (6G as a Chinese alias and as English) is
    // one meaning, not an ambiguity for the resolver to give up on.
    // Of two, the one that needs no context wins.
    const same = group.senses.findIndex((s) => s.entity === sense.entity && s.kind === sense.kind);
    if (same < 0) group.senses.push(sense);
    else if (group.senses[same]!.needs && !sense.needs) group.senses[same] = sense;
    groups.set(folded, group);
  }
  for (const group of groups.values()) {
    if (group.senses.some((s) => s.kind === 'zone' || s.kind === 'park')) {
      group.senses = group.senses.filter((s) => s.kind !== 'city' && s.kind !== 'district' && s.kind !== 'province');
    }
  }
  return groups;
}

/**
 * Build the lexicon. Do it once and reuse it for every article: building
 * costs tens of milliseconds, matching an article well under one.
 * @example const lexicon = buildLexicon(loadPlaces(), loadCurated());
 */
export function buildLexicon(places: readonly PlaceRecord[], curated: Curated): Lexicon {
  const byAdcode = new Map(places.map((p) => [p.adcode, p]));
  const byId = new Map(places.map((p) => [p.id, p]));
  const anchors = curatedAnchors(curated, byId, byAdcode);
  for (const p of places) anchors.set(anchorKey(placeKind(p, byAdcode), p.id), placeAnchor(p, byAdcode));
  const trie = createTrie();
  const groups = groupKeys([...placeKeys(places, byAdcode), ...curatedKeys(curated, anchors, byAdcode)]);
  for (const { key, senses } of groups.values()) for (const sense of senses) addKey(trie, key, sense);
  for (const phrase of STOP_PHRASES) if (!groups.has(foldText(phrase))) addKey(trie, phrase, null);
  return {
    trie,
    places: byId,
    placesByAdcode: byAdcode,
    anchors,
    curated,
    parksById: new Map(curated.parks.map((p) => [p.id, p])),
    zonesById: new Map(curated.zones.map((z) => [z.id, z])),
  };
}
