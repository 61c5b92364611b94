import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { toHans, toHant } from '../../scripts/lib/convert-script.ts';
import { s2tDictionaries, t2sDictionaries } from '../../src/lib/search/opencc-dictionaries.ts';
import {
  ambiguousCharacters,
  changedCharacters,
  characterBitmap,
  t2sAmbiguousCharacters,
} from '../../src/lib/search/opencc-tables.ts';
import { convertCharacters } from '../../src/lib/search/s2t-characters.ts';
import { convertToHans } from '../../src/lib/search/t2s-characters.ts';
import { isCompatibilityIdeograph } from '../../src/lib/search/folding.ts';

/** The CJK characters (Extension A and the unified block) not in `ambiguous`. */
function plainCharacters(ambiguous: string): string[] {
  const plain: string[] = [];
  for (let code = 0x3400; code <= 0x9fff; code++) {
    const ch = String.fromCodePoint(code);
    if (!ambiguous.includes(ch)) plain.push(ch);
  }
  return plain;
}

describe('changedCharacters', () => {
  test('lists the characters an entry changes, not the ones it keeps', () => {
    const changed = changedCharacters(['一伙 一夥|乾隆 乾隆|电路 電路']);
    expect([...changed].sort()).toEqual(['伙', '电'].sort());
  });

  test('lists every character of an entry whose length changes', () => {
    expect([...changedCharacters(['ab cde'])].sort()).toEqual(['a', 'b']);
  });
});

describe('characterBitmap', () => {
  test('starts at the lowest character, on a byte boundary', () => {
    const { start } = characterBitmap(['電', '體']);
    expect(start % 8).toBe(0);
    expect(start).toBeLessThanOrEqual('電'.codePointAt(0)!);
  });

  test('leaves characters beyond the Basic Multilingual Plane out', () => {
    expect(characterBitmap(['𠀀']).bits).toBe(characterBitmap([]).bits);
  });
});

describe.each([
  ['Simplified', convertCharacters, toHant, () => ambiguousCharacters(s2tDictionaries())],
  ['Traditional', convertToHans, toHans, () => t2sAmbiguousCharacters(t2sDictionaries())],
])('converting %s queries character by character', (_, quick, full, listAmbiguous) => {
  const plain = plainCharacters(listAmbiguous());

  test('matches the full converter on every single character that is not ambiguous', () => {
    expect(plain.filter((ch) => quick(ch) !== full(ch))).toEqual([]);
  });

  test('matches the full converter on any text without ambiguous characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...plain), { minLength: 2, maxLength: 12 }), (chars) => {
        const text = chars.join('');
        expect(quick(text)).toBe(full(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('converting Simplified queries character by character', () => {
  const ambiguous = ambiguousCharacters(s2tDictionaries());

  test('lists the characters that convert by context (发 發/髮, 干 乾/幹, 面 面/麵)', () => {
    for (const ch of ['发', '干', '面']) expect(ambiguous).toContain(ch);
    expect(ambiguous).not.toContain('电');
  });

  test('matches the full converter on real phrases without ambiguous characters', () => {
    for (const text of ['集成电路', '产业园', '青岛市', '新型显示', '数据中心', '软件和信息技术服务']) {
      if ([...text].some((ch) => ambiguous.includes(ch))) continue;
      expect(convertCharacters(text)).toBe(toHant(text));
    }
  });
});

describe('converting Traditional queries character by character', () => {
  const ambiguous = t2sAmbiguousCharacters(t2sDictionaries());

  test('lists the characters that convert by context (乾 干/乾, 著 着/著, 瞭 了/瞭), not the plain ones', () => {
    for (const ch of ['乾', '著', '瞭']) expect(ambiguous).toContain(ch);
    // Compatibility ideographs need the full converter by rule (needsPhrases), not by listing.
    expect([...ambiguous].filter(isCompatibilityIdeograph)).toEqual([]);
    for (const ch of ['電', '體', '積', '灣']) expect(ambiguous).not.toContain(ch);
  });

  test('matches the full converter on real Taiwan terms', () => {
    for (const text of ['積體電路', '臺灣', '新竹科學園區', '晶圓代工', '半導體產業', '資料中心']) {
      expect([...text].filter((ch) => ambiguous.includes(ch))).toEqual([]);
      expect(convertToHans(text)).toBe(toHans(text));
    }
  });
});
