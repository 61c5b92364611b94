/**
 * Choosing the meaning of every key found in an article, in two passes.
 * Pass 1 takes the keys with exactly one unconditional meaning (青岛, 山东省,
 * 京津产业新城); the places they name, with the units above them, form the
 * article's context. Pass 2 resolves the rest against that context: short
 * forms that need their prefecture or province named (武清 with 天津), names
 * shared by several places (鼓楼区, 朝阳), aliases that need their city.
 * What stays ambiguous is left unlinked rather than guessed.
 */
import { anchorKey } from './build-lexicon.ts';
import type { MatchedText } from './match-mentions.ts';
import { inOrgName } from './org-names.ts';
import type { TrieHit } from './trie.ts';
import type { Lexicon, Mention, Sense } from './types.ts';

const PLACE_KINDS = new Set(['province', 'city', 'district']);
const LEVEL: Record<string, number> = { province: 3, city: 2, district: 1 };

interface Pending {
  paragraph: number;
  hit: TrieHit;
  text: string;
  sense?: Sense;
}

const isPlace = (s: Sense) => PLACE_KINDS.has(s.kind);

/**
 * A place name gives way to a higher-level place of the same name that needs
 * no context (西安 is Xi'an, not 西安区; 吉林 alone is the province).
 */
function dropWeakerPlaces(senses: readonly Sense[]): Sense[] {
  const level = (s: Sense) => LEVEL[s.kind] ?? 0;
  const top = Math.max(0, ...senses.filter((s) => !s.needs && isPlace(s)).map(level));
  return senses.filter((s) => !isPlace(s) || level(s) >= top);
}

function unconditional(senses: readonly Sense[]): Sense | undefined {
  const free = dropWeakerPlaces(senses.filter((s) => !s.needs));
  return free.length === 1 ? free[0] : undefined;
}

function anchorCodes(sense: Sense, lexicon: Lexicon): readonly string[] {
  return lexicon.anchors.get(anchorKey(sense.kind, sense.entity))?.adcodes ?? [];
}

function fullName(sense: Sense, lexicon: Lexicon): string {
  return lexicon.places.get(sense.entity)?.name.hans ?? '';
}

/** Among places of the same level and province (新竹市, 新竹县), the city proper. */
function preferCity(pool: readonly Sense[], lexicon: Lexicon): Sense | undefined {
  const provinces = new Set(pool.map((s) => lexicon.places.get(s.entity)?.province));
  if (provinces.size !== 1) return undefined;
  const cities = pool.filter((s) => fullName(s, lexicon).endsWith('市'));
  return cities.length === 1 ? cities[0] : undefined;
}

/** Pass 2: the one meaning the context supports, else the highest level, else nothing. */
function inContext(senses: readonly Sense[], context: ReadonlySet<string>, lexicon: Lexicon): Sense | undefined {
  const allowed = senses.filter((s) => !s.needs || s.needs.some((c) => context.has(c)));
  const candidates = dropWeakerPlaces(allowed);
  if (candidates.length <= 1) return candidates[0];
  const supported = candidates.filter((s) => anchorCodes(s, lexicon).some((c) => context.has(c)));
  if (supported.length === 1) return supported[0];
  const pool = supported.length > 0 ? supported : candidates;
  const top = Math.max(...pool.map((s) => LEVEL[s.kind] ?? 0));
  const highest = pool.filter((s) => (LEVEL[s.kind] ?? 0) === top);
  if (highest.length === 1) return highest[0];
  return preferCity(highest, lexicon);
}

/**
 * What a resolved mention puts in the article's context: the adcodes of the
 * places it names (a district or zone names its city too), and `in:<province>`
 * for the province it lies in. A province counts as named only when named
 * itself: 杭州 does not license every county short form in Zhejiang.
 */
function contextTokens(sense: Sense, lexicon: Lexicon): string[] {
  if (sense.kind === 'industry' || sense.kind === 'company') return [];
  return anchorCodes(sense, lexicon).flatMap((code) => {
    const isProvince = lexicon.placesByAdcode.get(code)?.level === 'province';
    if (!isProvince) return [code];
    return sense.kind === 'province' ? [code, `in:${code}`] : [`in:${code}`];
  });
}

/** Mark hits that sit inside an organisation's name; those are not counted. */
function orgFlags(m: MatchedText): boolean[] {
  const companies = new Map(
    m.hits.filter((h) => h.entry.senses.some((s) => s.kind === 'company')).map((h) => [h.start, h.end] as const),
  );
  const placeEnds = new Set(m.hits.filter((h) => h.entry.senses.some(isPlace)).map((h) => h.end));
  return m.hits.map((h) => h.entry.senses.every(isPlace) && inOrgName(m.folded, h, companies, placeEnds));
}

/**
 * The counted mentions of an article, in reading order.
 * @example resolveMentions(matchTexts(['天津武清'], lexicon), lexicon) // tianjin (city), tianjin-wuqing (district)
 */
export function resolveMentions(matched: readonly MatchedText[], lexicon: Lexicon): Mention[] {
  const pending: Pending[] = [];
  for (const m of matched) {
    const flags = orgFlags(m);
    m.hits.forEach((hit, i) => {
      if (!flags[i]) pending.push({ paragraph: m.paragraph, hit, text: m.text.slice(hit.start, hit.end) });
    });
  }
  const context = new Set<string>();
  for (const p of pending) {
    p.sense = unconditional(p.hit.entry.senses);
    if (p.sense) for (const token of contextTokens(p.sense, lexicon)) context.add(token);
  }
  for (const p of pending) p.sense ??= inContext(p.hit.entry.senses, context, lexicon);
  return pending
    .filter((p): p is Pending & { sense: Sense } => p.sense !== undefined)
    .map((p) => ({
      entity: p.sense.entity,
      kind: p.sense.kind,
      paragraph: p.paragraph,
      start: p.hit.start,
      end: p.hit.end,
      text: p.text,
    }));
}
