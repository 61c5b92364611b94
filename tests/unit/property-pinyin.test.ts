import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ingestSeed } from '../../scripts/lib/ingest-article.ts';
import { repairPinyin } from '../../scripts/lib/repair-pinyin.ts';
import { glossOf, hansChar, hantChar, REAL_PARENS, runsOf } from '../helpers/arbitraries.ts';

/** A line of Han text with real parentheses, and the same line with pinyin glosses after some characters. */
const glossedLine = fc
  .array(
    fc.record({
      char: fc.oneof(hansChar, hantChar),
      gloss: fc.boolean(),
      numbered: fc.boolean(),
      paren: fc.option(fc.constantFrom(...REAL_PARENS), { freq: 6, nil: undefined }),
    }),
    { minLength: 15, maxLength: 60 },
  )
  .map((units) => {
    let clean = '';
    let glossed = '';
    let glosses = 0;
    for (const { char, gloss, numbered, paren } of units) {
      const reading = gloss ? glossOf(char, numbered) : null;
      if (reading) glosses++;
      clean += `${char}${paren ?? ''}`;
      glossed += `${char}${reading ?? ''}${paren ?? ''}`;
    }
    return { clean: `${clean}。`, glossed: `${glossed}。`, glosses };
  });

/** Lower-case words in parentheses that read as toneless pinyin: glosses only beside toned ones. */
const TONELESS = ['(an)', '(he)', '(long)', '(men)', '(yang)', '(a)', '(m)', '(ng)'];
const unglossedLine = fc
  .array(
    fc.tuple(
      fc.oneof(hansChar, hantChar),
      fc.option(fc.constantFrom(...TONELESS, ...REAL_PARENS), { freq: 3, nil: undefined }),
    ),
    {
      minLength: 15,
      maxLength: 60,
    },
  )
  .map((units) => `${units.map(([char, paren]) => `${char}${paren ?? ''}`).join('')}。`);

describe('pinyin-gloss repair', () => {
  test('removes every toned gloss after a Han character and never a real parenthesis', () => {
    fc.assert(
      fc.property(glossedLine, ({ clean, glossed, glosses }) => {
        expect(repairPinyin(glossed)).toEqual({ text: clean, repaired: glosses });
      }),
      runsOf('pinyin glosses vs real parentheses', 200),
    );
  });

  test('leaves a line with no toned gloss exactly as it was, lower-case words in parentheses included', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          glossedLine.map(({ clean }) => clean),
          unglossedLine,
        ),
        (line) => {
          expect(repairPinyin(line)).toEqual({ text: line, repaired: 0 });
        },
      ),
      runsOf('no toned gloss, no change', 150),
    );
  });

  test('the ingest prints the repaired sentence with its real parentheses', () => {
    fc.assert(
      fc.property(glossedLine, ({ clean, glossed, glosses }) => {
        const outcome = ingestSeed('glossed.txt', new TextEncoder().encode(`产业园区建设提速\n\n${glossed}\n`));
        expect(outcome.ok).toBe(true);
        if (!outcome.ok) return;
        const { frontmatter, body } = outcome.entry;
        expect(body[frontmatter.script].map((b) => b.text)).toContain(clean);
        expect(frontmatter.quality.annotationsRepaired).toBe(glosses);
      }),
      runsOf('glossed page through the ingest', 100),
    );
  });
});
