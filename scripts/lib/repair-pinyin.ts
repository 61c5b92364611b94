/**
 * Removes pinyin glosses that machine conversion left after characters,
 * e.g. 產(chǎn)業(yè) → 產業, without touching real parentheses.
 *
 * What counts as a gloss, and why:
 * - It follows a Han character directly, in ASCII or full-width parentheses,
 *   and holds one lower-case syllable that is valid Mandarin pinyin (checked
 *   against every reading pinyin-pro knows, with the tone removed).
 * - It carries a tone: one tone-marked vowel (chǎn, lǜ, ń) or a tone number
 *   (chan3). Upper case is never a gloss: (AI), (IPM), (ALD) stay.
 * - A toneless syllable is ambiguous with English and with labels, (an),
 *   (he), (long), (a), so it is removed only on a line that also holds a
 *   toned gloss, where it is the neutral tone of a glossing tool (們(men)).
 *   Single letters and the nasal interjections (m, n, ng, hm, hng) are never
 *   removed toneless: (a) and (m) are list labels and units far more often.
 */
import { pinyin } from 'pinyin-pro';

/** The result of {@link repairPinyin}: the text and how many glosses were removed. */
export interface PinyinRepair {
  text: string;
  repaired: number;
}

/** A Han character, then a parenthesised run of Latin letters, tone marks and an optional tone digit. */
const CANDIDATE = /(?<=\p{Script=Han})[(（]((?:[a-zA-Z\u00C0-\u024F\u1E3F\u1EBF\u1EC1]|\p{M}){1,8}[1-5]?)[)）]/gu;

/** Combining tone marks: first (macron), second (acute), third (caron), fourth (grave). */
const TONE_MARK = /[\u0304\u0301\u030C\u0300]/gu;

const NEVER_TONELESS = new Set(['m', 'n', 'ng', 'hm', 'hng']);

/** How a gloss marks its tone: a tone mark (chǎn), a digit (chan3), or not at all (men). */
export type GlossTone = 'marked' | 'numbered' | 'none';

let syllables: Set<string> | undefined;

/**
 * Every toneless syllable pinyin-pro gives any character of the basic CJK
 * block, in any reading (about 410 plus interjections). Built once, on first use.
 */
function validSyllables(): Set<string> {
  if (syllables) return syllables;
  const set = new Set<string>();
  for (let code = 0x4e00; code <= 0x9fff; code++) {
    const readings = pinyin(String.fromCodePoint(code), { toneType: 'none', multiple: true, type: 'array' });
    for (const reading of readings) if (/^[a-zêü]+$/u.test(reading)) set.add(reading);
  }
  syllables = set;
  return set;
}

/**
 * The tone of a gloss's content, or null when it is not one pinyin syllable.
 * @example glossTone('chǎn') // 'marked'
 * @example glossTone('IPM') // null
 */
export function glossTone(content: string): GlossTone | null {
  if (content !== content.toLowerCase()) return null;
  const decomposed = content.normalize('NFD');
  const marks = decomposed.match(TONE_MARK)?.length ?? 0;
  const digit = /[1-5]$/u.test(decomposed);
  if (marks > 1 || (marks === 1 && digit)) return null;
  const base = decomposed
    .replace(TONE_MARK, '')
    .replace(/[1-5]$/u, '')
    .normalize('NFC')
    .replace(/v/gu, 'ü');
  if (!validSyllables().has(base)) return null;
  if (marks === 1) return 'marked';
  if (digit) return 'numbered';
  return base.length > 1 && !NEVER_TONELESS.has(base) ? 'none' : null;
}

/**
 * Remove pinyin glosses after Han characters, line by line.
 * @example repairPinyin('產(chǎn)業(yè)園區(qū)') // { text: '產業園區', repaired: 3 }
 * @example repairPinyin('人工智能(AI)') // { text: '人工智能(AI)', repaired: 0 }
 */
export function repairPinyin(text: string): PinyinRepair {
  let repaired = 0;
  const lines = text.split('\n').map((line) => {
    const result = repairLine(line);
    repaired += result.repaired;
    return result.text;
  });
  return { text: lines.join('\n'), repaired };
}

function repairLine(line: string): PinyinRepair {
  if (!line.includes('(') && !line.includes('（')) return { text: line, repaired: 0 };
  const tones: (GlossTone | null)[] = [...line.matchAll(CANDIDATE)].map((match) => glossTone(match[1] ?? ''));
  const glossed = tones.some((tone) => tone === 'marked' || tone === 'numbered');
  let index = 0;
  let repaired = 0;
  const text = line.replace(CANDIDATE, (whole) => {
    const tone = tones[index++];
    const remove = tone === 'marked' || tone === 'numbered' || (tone === 'none' && glossed);
    if (!remove) return whole;
    repaired++;
    return '';
  });
  return { text, repaired };
}
