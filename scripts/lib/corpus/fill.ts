/**
 * Filling sentence patterns. The pattern is put into the article's script
 * and punctuation style first, then the slots are filled, so that numbers
 * such as 1,745 keep their ASCII comma.
 */
import type { Write } from './script-text.ts';

/** How an article prints clause punctuation: ASCII (`,` `:`) or full-width (`，` `：`). */
export type PunctuationStyle = 'ascii' | 'full';

const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）' };

/**
 * Text in a punctuation style.
 * @example punctuate('近日,园区(一期)开工', 'full') // '近日，园区（一期）开工'
 */
export function punctuate(text: string, style: PunctuationStyle): string {
  return style === 'ascii' ? text : text.replace(/[,:;()]/g, (c) => FULL_WIDTH[c] ?? c);
}

// Patterns are few and reused thousands of times: each is written and punctuated once per writer and style.
const prepared = new Map<Write, Map<string, string>>();

function prepare(template: string, write: Write, style: PunctuationStyle): string {
  let cache = prepared.get(write);
  if (!cache) prepared.set(write, (cache = new Map()));
  const key = style + template;
  let out = cache.get(key);
  if (out === undefined) cache.set(key, (out = punctuate(write(template), style)));
  return out;
}

/**
 * A pattern with its `{slot}`s filled by `value(slot)`.
 * @example fill('{city}产业园', (t) => t, 'ascii', () => '青岛') // '青岛产业园'
 */
export function fill(template: string, write: Write, style: PunctuationStyle, value: (slot: string) => string): string {
  return prepare(template, write, style).replace(/\{(\w+)\}/g, (_, slot: string) => value(slot));
}
