/**
 * Parks named in an article: curated parks link by name or alias (the
 * matcher finds them); other park-like names become new parks, placed on the
 * city the sentence is about (a place inside the name, else the nearest
 * place before it in the sentence, then in the paragraph, else the article's
 * first city). A park with no city at all is dropped: it could not be drawn.
 */
import { toHans, toHant } from '../convert-script.ts';
import { sentenceStart } from '../sentence-bounds.ts';
import { anchorKey } from './build-lexicon.ts';
import { matchTexts, type MatchedText } from './match-mentions.ts';
import { findParkCandidates, type ParkCandidate } from './park-candidates.ts';
import { newParkId } from './park-slug.ts';
import { resolveMentions } from './resolve.ts';
import type { Lexicon, Mention, NewPark } from './types.ts';

/** Parks found in an article. */
export interface DetectedParks {
  /** Curated park ids named in the text, in order of first mention. */
  known: string[];
  newParks: NewPark[];
  /** One mention per occurrence of a new park. */
  mentions: Mention[];
}

function placeOf(m: Mention, lexicon: Lexicon): { city?: string; district?: string } {
  if (m.kind === 'industry' || m.kind === 'company' || m.kind === 'province') return {};
  const anchor = lexicon.anchors.get(anchorKey(m.kind, m.entity));
  return { city: anchor?.city, district: anchor?.district };
}

/** The city (and district) a park candidate is about. */
function locate(
  c: ParkCandidate,
  m: MatchedText,
  mentions: readonly Mention[],
  fallback: string | undefined,
  lexicon: Lexicon,
) {
  const before = mentions.filter((x) => x.start < c.end && placeOf(x, lexicon).city);
  const inside = before.filter((x) => x.start >= c.start);
  const from = sentenceStart(m.text, c.start);
  const pick = inside[0] ?? before.filter((x) => x.start >= from).at(-1) ?? before.at(-1);
  if (!pick) return fallback ? { city: fallback, district: null } : undefined;
  const place = placeOf(pick, lexicon);
  return { city: place.city as string, district: place.district ?? null };
}

function bilingual(text: string): { hans: string; hant: string } {
  const hans = toHans(text);
  return hans === text ? { hans: text, hant: toHant(text) } : { hans, hant: text };
}

/** Names of the city and its province, longest first, to strip from the front of a park's name for its id. */
function placeNames(cityId: string, lexicon: Lexicon): string[] {
  const city = lexicon.places.get(cityId);
  const province = city ? lexicon.placesByAdcode.get(city.province) : undefined;
  return [city, province]
    .flatMap((p) => (p ? [p.name.hans, p.short.hans, p.name.hans.replace(/市$/u, '')] : []))
    .sort((a, b) => b.length - a.length);
}

/**
 * Find parks in matched paragraphs, given their counted mentions and the
 * article's cities (most salient first). Used by `linkEntities`, which has
 * already matched the text.
 */
export function findParks(
  matched: readonly MatchedText[],
  mentions: readonly Mention[],
  cities: readonly string[],
  lexicon: Lexicon,
): DetectedParks {
  const known = [...new Set(mentions.filter((x) => x.kind === 'park').map((x) => x.entity))];
  const byId = new Map<string, NewPark>();
  const parkMentions: Mention[] = [];
  for (const m of matched) {
    const own = mentions.filter((x) => x.paragraph === m.paragraph);
    for (const c of findParkCandidates(m, own)) {
      const where = locate(c, m, own, cities[0], lexicon);
      if (!where) continue;
      const text = m.text.slice(c.start, c.end);
      const id = newParkId(where.city, text, c.suffix, placeNames(where.city, lexicon));
      if (!byId.has(id))
        byId.set(id, { id, name: bilingual(text), city: where.city, district: where.district, precision: 'city' });
      parkMentions.push({ entity: id, kind: 'park', paragraph: c.paragraph, start: c.start, end: c.end, text });
    }
  }
  return { known, newParks: [...byId.values()], mentions: parkMentions };
}

/**
 * Parks named in an article's blocks (numbered from 1, as paragraphs).
 * @example detectParks([{ text: '王清宪专程到深圳富士康工业园区。' }], [], lexicon).newParks[0].id
 * // 'shenzhen-fushikang-gongyeyuan'
 */
export function detectParks(
  blocks: readonly { text: string }[],
  cities: readonly string[],
  lexicon: Lexicon,
): DetectedParks {
  const matched = matchTexts(['', ...blocks.map((b) => b.text)], lexicon);
  return findParks(matched, resolveMentions(matched, lexicon), cities, lexicon);
}
