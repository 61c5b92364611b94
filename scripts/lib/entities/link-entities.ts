/**
 * Entity linking for one article: match the title and blocks against the
 * lexicon, resolve each key's meaning from the article's context, find new
 * parks by their name pattern, and rank every kind of entity by salience.
 */
import { findParks } from './detect-parks.ts';
import { matchTexts } from './match-mentions.ts';
import { resolveMentions } from './resolve.ts';
import { leadParagraph, rankEntities } from './salience.ts';
import type { LinkedEntities, Lexicon, Mention } from './types.ts';

function byPosition(a: Mention, b: Mention): number {
  return a.paragraph - b.paragraph || a.start - b.start;
}

/**
 * Link the entities of an article. `blocks` are its body in reading order
 * (paragraph 1, 2 …); the title is paragraph 0. Build the lexicon once with
 * `buildLexicon` and pass it to every call.
 * @example
 * linkEntities([{ text: '富士康科技集团与青岛西海岸新区签署项目合作协议。' }], '富士康项目落户青岛', lexicon)
 * // cities ['qingdao'], zones ['qingdao-west-coast-new-area'], companies ['foxconn']
 */
export function linkEntities(blocks: readonly { text: string }[], title: string, lexicon: Lexicon): LinkedEntities {
  const texts = [title, ...blocks.map((b) => b.text)];
  const matched = matchTexts(texts, lexicon);
  const mentions = resolveMentions(matched, lexicon);
  const lead = leadParagraph(texts.slice(1));
  const cities = rankEntities(mentions, lead, lexicon).city;
  const parks = findParks(matched, mentions, cities, lexicon);
  const all = [...mentions, ...parks.mentions].sort(byPosition);
  const ranked = rankEntities(all, lead, lexicon);
  return {
    provinces: ranked.province,
    cities: ranked.city,
    districts: ranked.district,
    zones: ranked.zone,
    parks: ranked.park,
    industries: ranked.industry,
    companies: ranked.company,
    mentions: all,
    newParks: parks.newParks,
  };
}
