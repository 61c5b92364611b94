/**
 * Looking a name up in the lexicon, for search and for tools: what a name
 * written by a person (in either script, or English) can stand for.
 */
import { foldText } from './fold.ts';
import type { Lexicon, Sense } from './types.ts';

/**
 * Every meaning of an exact name, however the name is written (script, case,
 * full-width letters). Conditions on context are not applied: a reader typing
 * 鼓楼区 may mean any of them.
 * @example lookupName(lexicon, '積體電路') // [{ entity: 'integrated-circuits', kind: 'industry', form: 'alias' }]
 * @example lookupName(lexicon, 'qingdao').map((s) => s.entity) // ['qingdao']
 */
export function lookupName(lexicon: Lexicon, name: string): Sense[] {
  const folded = foldText(name.trim());
  if (folded === '') return [];
  let node = lexicon.trie;
  for (let i = 0; i < folded.length; i++) {
    const next = node.next.get(folded.charCodeAt(i));
    if (!next) return [];
    node = next;
  }
  return [...(node.entry?.senses ?? [])];
}
