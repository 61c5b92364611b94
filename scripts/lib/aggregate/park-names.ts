/**
 * English names for parks that only an article knows: the city in English,
 * industry words through the taxonomy, the rest in pinyin, and the kind of
 * park from its suffix. Plain, honest and stable rather than elegant.
 */
import { pinyin } from 'pinyin-pro';
import type { Curated } from '../entities/types.ts';

/** Park-name suffixes and their English, longest first so 产业园区 wins over 园区. */
const SUFFIXES: [string, string][] = (
  [
    ['科学园区', 'Science Park'],
    ['产业园区', 'Industrial Park'],
    ['产业新城', 'Industrial New City'],
    ['产业基地', 'Industrial Base'],
    ['工业园区', 'Industrial Park'],
    ['科技园', 'Science and Technology Park'],
    ['产业园', 'Industrial Park'],
    ['工业园', 'Industrial Park'],
    ['科学城', 'Science City'],
    ['科创园', 'Science and Innovation Park'],
    ['创新园', 'Innovation Park'],
    ['孵化园', 'Incubation Park'],
    ['示范区', 'Demonstration Zone'],
    ['开发区', 'Development Zone'],
    ['高新区', 'High-tech Zone'],
    ['园区', 'Park'],
    ['基地', 'Base'],
    ['聚落', 'Cluster'],
  ] as [string, string][]
).sort((a, b) => b[0].length - a[0].length);

/** Joining words inside a park name. */
const CONNECTORS: [string, string][] = [
  ['及', 'and'],
  ['和', 'and'],
  ['与', 'and'],
];

/** Capitalise each word of a proper name, leaving connectors lower-case. */
function titleCase(words: string[]): string[] {
  return words.flatMap((w) => w.split(' ')).map((w) => (w === 'and' ? w : w[0]!.toUpperCase() + w.slice(1)));
}

function titleCasePinyin(text: string): string {
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' });
  const word = syllables.join('').replace(/[^A-Za-z0-9]/g, '');
  return word ? word[0]!.toUpperCase() + word.slice(1) : '';
}

/** Chinese terms with an English name: industries and companies of the curated tables. */
export function curatedTerms(curated: Pick<Curated, 'industries' | 'companies'>): [string, string][] {
  return [...curated.industries, ...curated.companies].flatMap((e) =>
    // A company's English name may carry a gloss in parentheses; a park name wants the short form.
    [e.name.hans, ...e.aliases.hans].map((zh): [string, string] => [zh, e.name.en.replace(/\s*\(.*\)$/, '')]),
  );
}

/**
 * An English name for a park known only by its Chinese (Simplified) name,
 * given the English of the place names and curated terms it may contain.
 * @example englishParkName('青岛航田智能终端产业园', [['青岛', 'Qingdao'], ['智能终端', 'Smart terminals']])
 * // 'Qingdao Hangtian Smart Terminals Industrial Park'
 */
export function englishParkName(nameHans: string, knownTerms: readonly [string, string][]): string {
  let rest = nameHans;
  const suffix = SUFFIXES.find(([zh]) => rest.endsWith(zh));
  if (suffix) rest = rest.slice(0, -suffix[0].length);
  const words: string[] = [];
  const terms = [...CONNECTORS, ...knownTerms].sort((a, b) => b[0].length - a[0].length);
  while (rest.length > 0) {
    const term = terms.find(([zh]) => zh.length > 0 && rest.startsWith(zh));
    // A connector only joins words: 及 inside a pinyin run is left to pinyin.
    if (term) {
      words.push(term[1]);
      rest = rest.slice(term[0].length);
      continue;
    }
    const next = terms.map(([zh]) => rest.indexOf(zh)).filter((i) => i > 0);
    const cut = next.length > 0 ? Math.min(...next) : rest.length;
    words.push(titleCasePinyin(rest.slice(0, cut)));
    rest = rest.slice(cut);
  }
  return [...titleCase(words.filter(Boolean)), suffix?.[1] ?? 'Park'].join(' ');
}
