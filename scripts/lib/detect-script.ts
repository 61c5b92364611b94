/**
 * Which Chinese script a text is written in.
 */
import { toHans, toHant } from './convert-script.ts';
import type { Script } from './types.ts';

/** Characters that exist only in one script, counted over a text. */
export interface ScriptEvidence {
  simplifiedOnly: number;
  traditionalOnly: number;
}

/** Count characters that a conversion would change, in each direction. */
export function scriptEvidence(text: string): ScriptEvidence {
  const chars = [...new Set(text.match(/\p{Script=Han}/gu) ?? [])];
  // Converting the set of distinct characters joined by newlines keeps the
  // positions aligned: OpenCC maps these characters one to one.
  const joined = chars.join('\n');
  const asHant = toHant(joined).split('\n');
  const asHans = toHans(joined).split('\n');
  const counts = new Map<string, number>();
  for (const c of text.match(/\p{Script=Han}/gu) ?? []) counts.set(c, (counts.get(c) ?? 0) + 1);
  let simplifiedOnly = 0;
  let traditionalOnly = 0;
  chars.forEach((c, i) => {
    const n = counts.get(c) ?? 0;
    if (asHant[i] !== c) simplifiedOnly += n;
    if (asHans[i] !== c) traditionalOnly += n;
  });
  return { simplifiedOnly, traditionalOnly };
}

/**
 * The script a text is written in; Simplified when there is no evidence
 * either way (text of characters common to both scripts reads the same).
 * @example detectScript('產業園區') // 'hant'
 */
export function detectScript(text: string): Script {
  const { simplifiedOnly, traditionalOnly } = scriptEvidence(text);
  return traditionalOnly > simplifiedOnly ? 'hant' : 'hans';
}
