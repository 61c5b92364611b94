/**
 * Composing one synthetic article: a setting (city, script, industries,
 * company, park), a headline, a date, a byline and 5–30 paragraphs filled
 * from the sentence patterns. The article records which cities and
 * industries its text names, so tests can check what the ingest links.
 */
import type { Script } from '../types.ts';
import { amount, area, capacity, monthDay, percent, type Currency } from './figures.ts';
import { fill, punctuate, type PunctuationStyle } from './fill.ts';
import type { Random } from './random.ts';
import { createWriter, type Write } from './script-text.ts';
import { BODY, CAPTIONS, CLOSINGS, GIVEN_NAMES, LEADS, ROLES, SUBHEADINGS, SURNAMES, TITLES } from './templates.ts';
import { pickPark, publisherFor } from './setting.ts';
import type { ArticleModel } from './types.ts';
import type { CorpusCity, NamedEntry, Region, Vocabulary } from './vocabulary.ts';

/** Everything the sentences of one article draw on. */
interface Setting {
  rnd: Random;
  script: Script;
  region: Region;
  write: Write;
  /** Plain script conversion for curated names: Taiwan terms must not rewrite 工业互联网. */
  writeName: Write;
  style: PunctuationStyle;
  currency: Currency;
  city: CorpusCity;
  city2: CorpusCity;
  industry: NamedEntry;
  industry2: NamedEntry;
  company: string;
  park: string;
  year: number;
}

const CURRENCY: Record<Region, Currency> = { mainland: 'CNY', taiwan: 'TWD', hongkong: 'HKD', macao: 'MOP' };
const MAX_TITLE_LENGTH = 44;

/** Whether a headline and date are already used by another article of the corpus. */
export type TitleTaken = (title: string, date: string | null) => boolean;

/**
 * One article, drawn from `rnd`. `taken` keeps headlines unique in a corpus
 * (the ingest would rightly merge two articles with the same headline and date).
 */
export function composeArticle(rnd: Random, vocabulary: Vocabulary, taken: TitleTaken = () => false): ArticleModel {
  const setting = chooseSetting(rnd, vocabulary);
  const used = new Set<string>();
  const value = slotValues(setting, used);
  const text = (template: string): string => fill(template, setting.write, setting.style, value);
  const date = rnd.chance(0.05) ? null : randomDate(rnd, setting.year);
  // Headlines use the prose name (marked as used); the body then introduces the city by its official name.
  used.add('city');
  let title = text(rnd.pick(TITLES));
  for (let attempt = 0; [...title].length > MAX_TITLE_LENGTH || taken(title, date); attempt++) {
    title = attempt < 30 ? text(rnd.pick(TITLES)) : `${text(rnd.pick(TITLES))} ${attempt}`;
  }
  // The body must name the city itself, not only the headline.
  used.clear();
  const paragraphs = composeBody(setting, text);
  if (!used.has('city')) paragraphs.splice(1, 0, text(rnd.pick(BODY.filter((t) => t.includes('{city}')))));
  const authors = rnd.sample(SURNAMES, rnd.int(0, 2)).map((s) => setting.write(s + rnd.pick(GIVEN_NAMES)));
  return {
    title,
    date,
    script: setting.script,
    source: publisherFor(rnd, setting.city, setting.region, setting.write),
    authors,
    cities: [setting.city.id, ...(used.has('city2') ? [setting.city2.id] : [])],
    industries: [setting.industry.id, ...(used.has('industry2') ? [setting.industry2.id] : [])],
    region: setting.region,
    style: setting.style,
    deck: rnd.chance(0.15) ? text(rnd.pick(SUBHEADINGS)) : null,
    paragraphs,
  };
}

/**
 * A headline of some other article in the same script and region, for the
 * link lists of page chrome.
 */
export function otherHeadline(
  rnd: Random,
  vocabulary: Vocabulary,
  like: Pick<ArticleModel, 'script' | 'region' | 'style'>,
): string {
  const setting = { ...chooseSetting(rnd, vocabulary, like), style: like.style };
  return fill(rnd.pick(TITLES), setting.write, setting.style, slotValues(setting, new Set()));
}

function chooseSetting(rnd: Random, vocabulary: Vocabulary, fixed?: { script: Script; region: Region }): Setting {
  const script: Script = fixed?.script ?? (rnd.chance(0.3) ? 'hant' : 'hans');
  const region: Region =
    fixed?.region ??
    (script === 'hans'
      ? 'mainland'
      : rnd.weighted([
          ['mainland', 45],
          ['taiwan', 45],
          ['hongkong', 5],
          ['macao', 5],
        ] as const));
  const { inRegion, neighbours } = citiesOf(vocabulary, region);
  const city = rnd.pick(inRegion);
  const others = neighbours.filter((c) => c.id !== city.id);
  const write = createWriter(script, region === 'taiwan');
  const [industry, industry2] = rnd.sample(vocabulary.industries, 2) as [NamedEntry, NamedEntry];
  const setting = {
    rnd,
    script,
    region,
    write,
    writeName: createWriter(script),
    style: (region === 'taiwan' || rnd.chance(0.6) ? 'full' : 'ascii') as PunctuationStyle,
    currency: CURRENCY[region],
    city,
    city2: rnd.pick(others),
    industry,
    industry2,
    year: rnd.int(2015, 2025),
  };
  const company = companyName(rnd, vocabulary, industry.id, setting);
  return {
    ...setting,
    company,
    park: pickPark(rnd, vocabulary, { ...setting, industryName: nameOf(setting, industry) }),
  };
}

const cityLists = new WeakMap<Vocabulary, Map<Region, { inRegion: CorpusCity[]; neighbours: CorpusCity[] }>>();

/** The cities of a region, and those an article from it may also name (its own and the mainland's). */
function citiesOf(vocabulary: Vocabulary, region: Region): { inRegion: CorpusCity[]; neighbours: CorpusCity[] } {
  let byRegion = cityLists.get(vocabulary);
  if (!byRegion) cityLists.set(vocabulary, (byRegion = new Map()));
  let lists = byRegion.get(region);
  if (!lists) {
    const inRegion = vocabulary.cities.filter((c) => c.region === region);
    const neighbours = vocabulary.cities.filter((c) => c.region === region || c.region === 'mainland');
    byRegion.set(region, (lists = { inRegion, neighbours }));
  }
  return lists;
}

/** An entry's name in the article's script: curated Taiwan vocabulary where the article is from Taiwan. */
function nameOf(setting: Pick<Setting, 'rnd' | 'region' | 'writeName'>, entry: NamedEntry): string {
  const { rnd, region, writeName } = setting;
  if (region === 'taiwan' && entry.hant.length > 0 && rnd.chance(0.7)) return rnd.pick(entry.hant);
  const hans = rnd.chance(0.6) ? (entry.hans[0] ?? entry.id) : rnd.pick(entry.hans);
  return writeName(hans);
}

function companyName(
  rnd: Random,
  vocabulary: Vocabulary,
  industry: string,
  setting: Pick<Setting, 'rnd' | 'region' | 'writeName'>,
): string {
  const fitting = vocabulary.companies.filter((c) => c.industries.includes(industry));
  const local = setting.region === 'taiwan' ? fitting.filter((c) => c.hant.length > 0) : fitting;
  return nameOf(setting, rnd.pick(local.length > 0 ? local : fitting.length > 0 ? fitting : vocabulary.companies));
}

/** Slot values; entity slots are remembered in `used`, figures are drawn afresh each time. */
function slotValues(s: Setting, used: Set<string>): (slot: string) => string {
  const { rnd, write } = s;
  const industryName = nameOf(s, s.industry);
  const industry2Name = nameOf(s, s.industry2);
  const person = (): string => write(rnd.pick(SURNAMES) + rnd.pick(GIVEN_NAMES));
  const figures: Record<string, () => string> = {
    amount: () => amount(rnd, write, s.currency),
    amount2: () => amount(rnd, write, s.currency),
    count: () => String(rnd.int(3, 60)),
    count2: () => String(rnd.int(2, 12)),
    firms: () => String(rnd.int(12, 600)),
    jobs: () => String(rnd.int(3, 120) * 100),
    pct: () => percent(rnd),
    year: () => String(s.year - rnd.int(0, 1)),
    target: () => String(s.year + rnd.int(2, 10)),
    md: () => monthDay(rnd),
    md2: () => monthDay(rnd),
    area: () => area(rnd, write),
    capacity: () => capacity(rnd, write),
    person,
    role: () => punctuate(write(rnd.pick(ROLES)), s.style),
  };
  // The first mention of a city in the body is its official name: a short form
  // such as 长治 or 玉溪 is also a common word and names a city only in context.
  const cityName = (city: CorpusCity, slot: string): string => {
    if (used.has(slot)) return city.short[s.script];
    used.add(slot);
    return (city.province && rnd.chance(0.3) ? city.province[s.script] : '') + city.full[s.script];
  };
  return (slot) => {
    if (slot === 'city' || slot === 'city2') return cityName(slot === 'city' ? s.city : s.city2, slot);
    used.add(slot);
    if (slot === 'industry') return industryName;
    if (slot === 'industry2') return industry2Name;
    if (slot === 'company') return s.company;
    if (slot === 'park') return s.park;
    const draw = figures[slot];
    if (!draw) throw new Error(`unknown slot {${slot}}`);
    return draw();
  };
}

/**
 * The body: a lead, sentence paragraphs and a closing, about 520–1,950
 * characters (1.5–6 KB in UTF-8) in 5–30 paragraphs, with the odd subheading
 * or caption between them.
 */
function composeBody(s: Setting, text: (template: string) => string): string[] {
  const { rnd } = s;
  const targetChars = rnd.int(520, 1950);
  const count = Math.max(5, Math.min(30, rnd.int(Math.ceil(targetChars / 260), Math.floor(targetChars / 40))));
  const lead = text(rnd.pick(LEADS));
  const closing = text(rnd.pick(CLOSINGS));
  const middle = count - 2;
  const extras = Math.min(rnd.int(0, 2), middle - 2);
  const sentenceParagraphs = middle - extras;
  const perParagraph = Math.max(30, (targetChars - lead.length - closing.length) / sentenceParagraphs);
  const unused = [...BODY];
  const body = Array.from({ length: sentenceParagraphs }, () => sentences(rnd, unused, text, perParagraph));
  for (let i = 0; i < extras; i++) {
    const extra = text(rnd.pick(rnd.chance(0.7) ? SUBHEADINGS : CAPTIONS));
    body.splice(rnd.int(1, body.length - 1), 0, extra);
  }
  return [lead, ...body, closing];
}

/** Sentences, not repeated within the article, until the paragraph is about `length` long. */
function sentences(rnd: Random, unused: string[], text: (template: string) => string, length: number): string {
  let paragraph = '';
  while (paragraph.length < length * 0.85) {
    if (unused.length === 0) unused.push(...BODY);
    paragraph += text(unused.splice(rnd.int(0, unused.length - 1), 1)[0] ?? '');
  }
  return paragraph;
}

/** A day between 1 January of `year` and 28 December, as ISO. */
function randomDate(rnd: Random, year: number): string {
  return `${year}-${String(rnd.int(1, 12)).padStart(2, '0')}-${String(rnd.int(1, 28)).padStart(2, '0')}`;
}
