/**
 * Ordering an article's entities by salience: named in the title first, then
 * in the lead paragraph, then by how often, ties by first occurrence, then by
 * id, so the order is deterministic. A zone, park or district also counts as
 * evidence for the city it lies in (and a zone or park for its district),
 * with half the weight of naming the city itself: 青岛西海岸新区 in a title puts
 * Qingdao in the title, but ten mentions of 青岛 outweigh ten of its zone.
 */
import { anchorKey } from './build-lexicon.ts';
import type { EntityKind, Lexicon, Mention } from './types.ts';

/** Weight of a mention as evidence for the city or district it lies in. */
export const INDIRECT_WEIGHT = 0.5;
/** A paragraph needs this many Han characters to be the lead (shorter ones are headings and captions). */
export const LEAD_MIN_HAN = 30;

interface Evidence {
  kind: EntityKind;
  id: string;
  inTitle: boolean;
  inLead: boolean;
  weight: number;
  first: number;
}

/** Entity ids of each kind, most salient first. */
export type Ranked = Record<EntityKind, string[]>;

/**
 * The paragraph number of the lead: the first block with enough text to be a
 * paragraph rather than a heading; 1 when none has.
 * @example leadParagraph(['标题', '小标题', '（一段三十多个汉字的正文……）']) // 3
 */
export function leadParagraph(blocks: readonly string[]): number {
  const index = blocks.findIndex((t) => (t.match(/\p{Script=Han}/gu) ?? []).length >= LEAD_MIN_HAN);
  return index < 0 ? 1 : index + 1;
}

function add(table: Map<string, Evidence>, kind: EntityKind, id: string, m: Mention, lead: number, weight: number) {
  const key = `${kind}:${id}`;
  const order = m.paragraph * 1_000_000 + m.start;
  const e = table.get(key) ?? { kind, id, inTitle: false, inLead: false, weight: 0, first: order };
  e.inTitle ||= m.paragraph === 0;
  e.inLead ||= m.paragraph === lead;
  e.weight += weight;
  e.first = Math.min(e.first, order);
  table.set(key, e);
}

function compare(a: Evidence, b: Evidence): number {
  return (
    Number(b.inTitle) - Number(a.inTitle) ||
    Number(b.inLead) - Number(a.inLead) ||
    b.weight - a.weight ||
    a.first - b.first ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** What a mention is indirect evidence for: the city and district of a place, zone or park, and a park's zone. */
function indirect(m: Mention, lexicon: Lexicon): [EntityKind, string][] {
  if (m.kind === 'province' || m.kind === 'city' || m.kind === 'industry' || m.kind === 'company') return [];
  const anchor = lexicon.anchors.get(anchorKey(m.kind, m.entity));
  const out: [EntityKind, string][] = [];
  if (anchor?.city && anchor.city !== m.entity) out.push(['city', anchor.city]);
  if (anchor?.district && anchor.district !== m.entity) out.push(['district', anchor.district]);
  const zone = m.kind === 'park' ? lexicon.parksById.get(m.entity)?.zone : undefined;
  if (zone) out.push(['zone', zone]);
  return out;
}

/**
 * Rank the entities of an article's mentions. `lead` is the lead paragraph's number.
 * @example rankEntities(mentions, 1, lexicon).cities // ['qingdao', 'suzhou-jiangsu']
 */
export function rankEntities(mentions: readonly Mention[], lead: number, lexicon: Lexicon): Ranked {
  const table = new Map<string, Evidence>();
  for (const m of mentions) {
    add(table, m.kind, m.entity, m, lead, 1);
    for (const [kind, id] of indirect(m, lexicon)) add(table, kind, id, m, lead, INDIRECT_WEIGHT);
  }
  const ranked: Ranked = { province: [], city: [], district: [], zone: [], park: [], industry: [], company: [] };
  for (const e of [...table.values()].sort(compare)) ranked[e.kind].push(e.id);
  return ranked;
}
