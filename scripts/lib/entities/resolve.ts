/**
 * Choosing the meaning of every key found in an article, in two passes.
 * Pass 1 takes each key's one unconditional meaning, if it has one (青岛,
 * 山东省, 京津产业新城); the places they name form the article's context.
 * Pass 2 decides every key with more than one possible meaning against that
 * context: short forms that need their prefecture or province named (武清
 * with 天津), names shared by several places (鼓楼区, 朝阳), aliases that need
 * their city. What stays ambiguous is left unlinked rather than guessed.
 */
import { anchorKey } from './build-lexicon.ts';
import type { MatchedText } from './match-mentions.ts';
import { inOrgName } from './org-names.ts';
import type { TrieHit } from './trie.ts';
import type { LexEntry, Lexicon, Mention, Sense } from './types.ts';

const PLACE_KINDS = new Set(['province', 'city', 'district']);
const LEVEL: Record<string, number> = { province: 3, city: 2, district: 1 };

interface Pending {
  paragraph: number;
  hit: TrieHit;
  text: string;
  sense?: Sense;
}

const isPlace = (s: Sense) => PLACE_KINDS.has(s.kind);
const level = (s: Sense) => LEVEL[s.kind] ?? 0;

/** What the article names, each token with the lexicon entries (keys) that named it. */
type Context = Map<string, Set<LexEntry>>;

function unconditional(senses: readonly Sense[]): Sense | undefined {
  const free = senses.filter((s) => !s.needs);
  if (free.length === 1) return free[0];
  // 吉林 alone is the province, not the city: a name gives way to a higher level.
  const top = Math.max(0, ...free.map(level));
  const highest = free.filter((s) => level(s) === top && isPlace(s));
  return highest.length === 1 ? highest[0] : undefined;
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

/**
 * Pass 2: the meaning the rest of the article supports. Evidence comes only
 * from other keys, so a name cannot support itself: in an article about
 * 牡丹江, 西安 is its 西安区; elsewhere it is Xi'an. A sense whose condition
 * holds is supported; a free one is when its place is named elsewhere (a
 * province also when a place in it is: 吉林 beside 长春 is the province). Several supported: the highest level, then
 * the city proper. None: the highest level of the free ones, if unique.
 */
function inContext(entry: LexEntry, context: Context, lexicon: Lexicon): Sense | undefined {
  const named = (token: string) => [...(context.get(token) ?? [])].some((e) => e !== entry);
  const allowed = entry.senses.filter((s) => !s.needs || s.needs.some(named));
  if (allowed.length <= 1) return allowed[0];
  const supported = allowed.filter(
    (s) => s.needs || anchorCodes(s, lexicon).some((c) => named(c) || (s.kind === 'province' && named(`in:${c}`))),
  );
  if (supported.length === 1) return supported[0];
  const pool = supported.length > 0 ? supported : allowed;
  const top = Math.max(...pool.map(level));
  const highest = pool.filter((s) => level(s) === top);
  return highest.length === 1 ? highest[0] : preferCity(highest, lexicon);
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
  const context: Context = new Map();
  for (const p of pending) {
    p.sense = unconditional(p.hit.entry.senses);
    if (!p.sense) continue;
    for (const token of contextTokens(p.sense, lexicon)) {
      context.set(token, (context.get(token) ?? new Set()).add(p.hit.entry));
    }
  }
  for (const p of pending) {
    const { senses } = p.hit.entry;
    if (senses.length > 1 || senses.some((s) => s.needs)) p.sense = inContext(p.hit.entry, context, lexicon);
  }
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
