import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { foldText } from '../../scripts/lib/entities/fold.ts';
import { lookupName } from '../../scripts/lib/entities/lookup.ts';
import { addKey, createTrie, scanTrie } from '../../scripts/lib/entities/trie.ts';
import type { Sense } from '../../scripts/lib/entities/types.ts';
import { fixtureLexicon } from '../fixtures/entities/lexicons.ts';

const sense = (entity: string): Sense => ({ entity, kind: 'industry', form: 'alias' });

function scan(keys: Record<string, string | null>, text: string): string[] {
  const trie = createTrie();
  for (const [key, entity] of Object.entries(keys)) addKey(trie, key, entity === null ? null : sense(entity));
  return scanTrie(trie, foldText(text), text).map(
    (h) => `${text.slice(h.start, h.end)}=${h.entry.senses[0]?.entity ?? 'stop'}`,
  );
}

describe('foldText', () => {
  test('folds Traditional characters, full-width Latin and case so both scripts match one key', () => {
    expect(foldText('積體電路產業園（ＩＣ）')).toBe('积体电路产业园(ic)');
    expect(foldText('臺南市')).toBe(foldText('台南市'));
  });

  test('keeps the length of any text, so offsets in folded text are offsets in the original', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => foldText(text).length === text.length));
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => foldText(text).length === text.length));
  });
});

describe('scanTrie', () => {
  test('prefers the longest key at a position (青岛西海岸新区 over 青岛)', () => {
    expect(scan({ 青岛: 'city', 青岛西海岸新区: 'zone' }, '在青岛西海岸新区和青岛')).toEqual([
      '青岛西海岸新区=zone',
      '青岛=city',
    ]);
  });

  test('resumes after a match, so a key inside a longer one is not matched again', () => {
    expect(scan({ 新能源: 'ne', 新能源汽车: 'nev', 汽车: 'auto' }, '新能源汽车与汽车')).toEqual([
      '新能源汽车=nev',
      '汽车=auto',
    ]);
  });

  test('matches keys written in the other script', () => {
    expect(scan({ 集成电路: 'ic' }, '積體電路與集成電路')).toEqual(['集成電路=ic']);
    expect(scan({ 積體電路: 'ic' }, '积体电路')).toEqual(['积体电路=ic']);
  });

  test('does not match a Latin key glued to other Latin letters or digits', () => {
    expect(scan({ AI: 'ai' }, 'MAIL与AI芯片、AIGC')).toEqual(['AI=ai']);
  });

  test('matches short Latin keys only with their case, longer ones in any case', () => {
    expect(scan({ IC: 'ic', vivo: 'vivo' }, 'ic与IC、VIVO')).toEqual(['IC=ic', 'VIVO=vivo']);
  });

  test('lets a stop phrase win by length and link nothing', () => {
    expect(scan({ 中山: 'city', 中山大学: null }, '中山大学在广州，中山在广东')).toEqual([
      '中山大学=stop',
      '中山=city',
    ]);
  });
});

describe('lookupName', () => {
  test('finds every meaning of a name in either script, in English, in any case', () => {
    const lexicon = fixtureLexicon();
    expect(lookupName(lexicon, '積體電路').map((s) => s.entity)).toEqual(['integrated-circuits']);
    expect(lookupName(lexicon, 'qingdao').map((s) => s.entity)).toEqual(['qingdao']);
    expect(
      lookupName(lexicon, '鼓楼区')
        .map((s) => s.entity)
        .sort(),
    ).toEqual(['fuzhou-fujian-gulou', 'nanjing-gulou', 'xuzhou-gulou']);
    expect(lookupName(lexicon, '青岛西')).toEqual([]);
  });
});
