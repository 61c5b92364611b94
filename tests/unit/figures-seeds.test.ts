import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractFigures } from '../../scripts/lib/figures/extract-figures.ts';
import type { ExtractedFigure } from '../../scripts/lib/figures/types.ts';

const SEEDS = join(import.meta.dirname, '../../seeds');

/** A crude stand-in for the ingest: UTF-8, one block per non-empty line, pinyin glosses such as `(chǎn)` removed. */
function blocksOf(file: string): { text: string }[] {
  const text = readFileSync(join(SEEDS, file), 'utf8').replace(/\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)/g, '');
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => ({ text: line }));
}

function seed(prefix: string): string {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}`);
  return file;
}

function withValue(figures: ExtractedFigure[], kind: string, value: number): ExtractedFigure[] {
  return figures.filter((f) => f.kind === kind && f.value === value);
}

describe('figures of the seed articles', () => {
  test('the Qingdao 2024 article yields its two planned investments in the paragraphs that state them', () => {
    const blocks = blocksOf(seed('001_'));
    const figures = extractFigures(blocks);
    for (const [value, printed] of [
      [135140000000, '1351.4亿元'],
      [33790000000, '337.9亿元'],
    ] as const) {
      const found = withValue(figures, 'investment', value);
      expect(found.length).toBeGreaterThan(0);
      for (const f of found) {
        expect(f.unit).toBe('CNY');
        expect(f.text).toContain(printed);
        expect(blocks[f.paragraph - 1]?.text).toContain(f.text);
      }
    }
  });

  test('the Dezhou section of the Traditional article yields the wafer line’s 25億元 and the 97億元 invested', () => {
    const blocks = blocksOf(seed('004_'));
    const figures = extractFigures(blocks);
    const wafer = withValue(figures, 'investment', 2.5e9);
    const invested = withValue(figures, 'investment', 9.7e9);
    expect(wafer.map((f) => f.text)).toEqual([expect.stringContaining('25億元')]);
    expect(invested.map((f) => f.text)).toEqual([expect.stringContaining('97億元')]);
    expect(blocks[wafer[0]!.paragraph - 1]?.text).toContain('12英寸');
    expect(blocks[invested[0]!.paragraph - 1]?.text).toContain('97億元');
    expect(figures).toContainEqual(expect.objectContaining({ kind: 'capacity', value: 1.2e6, unit: 'pieces/year' }));
  });

  test('every figure of every seed quotes its paragraph verbatim and has a finite value', () => {
    for (const file of readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) {
      const blocks = blocksOf(file);
      for (const f of extractFigures(blocks)) {
        expect(blocks[f.paragraph - 1]?.text).toContain(f.text);
        expect(Number.isFinite(f.value)).toBe(true);
      }
    }
  });
});
