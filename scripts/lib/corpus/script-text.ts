/**
 * Writing an article in its script. Templates and names are Simplified; a
 * Traditional article converts each constant piece once (OpenCC takes about
 * 0.1 ms a call, far too slow to run over every generated page), and an
 * article from Taiwan also swaps mainland terms for Taiwan ones.
 */
import { toHant } from '../convert-script.ts';
import type { Script } from '../types.ts';

/** Turns Simplified constant text into the article's script and variety. */
export type Write = (hans: string) => string;

/** Mainland terms and the words Taiwan media print instead (after conversion). */
const TAIWAN_TERMS: readonly (readonly [string, string])[] = [
  ['人工智能', '人工智慧'],
  ['智能', '智慧'],
  ['信息', '資訊'],
  ['軟件', '軟體'],
  ['網絡', '網路'],
  ['互聯網', '網際網路'],
  ['數據中心', '資料中心'],
  ['數據', '資料'],
  ['質量', '品質'],
  ['芯片', '晶片'],
  ['集成電路', '積體電路'],
  ['服務器', '伺服器'],
  ['激光', '雷射'],
  ['新能源汽車', '電動車'],
];

const hantCache = new Map<string, string>();
const taiwanCache = new Map<string, string>();

function memoHant(text: string): string {
  let out = hantCache.get(text);
  if (out === undefined) {
    out = toHant(text);
    hantCache.set(text, out);
  }
  return out;
}

function memoTaiwan(text: string): string {
  let out = taiwanCache.get(text);
  if (out === undefined) {
    out = TAIWAN_TERMS.reduce((t, [from, to]) => t.split(from).join(to), memoHant(text));
    taiwanCache.set(text, out);
  }
  return out;
}

/**
 * The writer of one article: identity for Simplified, a cached conversion for
 * Traditional, plus Taiwan terms when `taiwan` is set.
 * @example createWriter('hant', true)('人工智能产业') // '人工智慧產業'
 */
export function createWriter(script: Script, taiwan = false): Write {
  if (script === 'hans') return (text) => text;
  return taiwan ? memoTaiwan : memoHant;
}
