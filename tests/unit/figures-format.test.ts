import { describe, expect, test } from 'vitest';
import { extractFigures } from '../../scripts/lib/figures/extract-figures.ts';
import { formatFigure } from '../../scripts/lib/figures/format-figure.ts';
import type { Figure } from '../../scripts/lib/types.ts';

const figure = (value: number, unit: string, extra: Partial<Figure> & { sourceUnit?: string } = {}) => ({
  kind: 'amount' as const,
  value,
  unit,
  text: '—',
  paragraph: 1,
  ...extra,
});

describe('formatFigure', () => {
  test.each([
    [figure(135140000000, 'CNY'), '1,351.4亿元', '1,351.4億元', 'CNY 135.14 billion'],
    [figure(1e10, 'USD'), '100亿美元', '100億美元', 'USD 10 billion'],
    [figure(2.26e12, 'TWD'), '新台币2.26兆元', '新臺幣2.26兆元', 'TWD 2.26 trillion'],
    [figure(2e12, 'CNY'), '2万亿元', '2萬億元', 'CNY 2 trillion'],
    [figure(1.5e7, 'CNY'), '1,500万元', '1,500萬元', 'CNY 15 million'],
    [figure(8e7, 'MOP'), '8,000万澳门元', '8,000萬澳門元', 'MOP 80 million'],
    [figure(50, 'projects'), '50个项目', '50個項目', '50 projects'],
    [figure(1, 'projects'), '1个项目', '1個項目', '1 project'],
    [figure(63492, 'jobs'), '63,492个就业岗位', '63,492個就業崗位', '63,492 jobs'],
    [figure(0.165, 'percent'), '16.5%', '16.5%', '16.5%'],
    [figure(-0.3, 'percent'), '-30%', '-30%', '-30%'],
    [figure(0.046, 'percentage-points'), '4.6个百分点', '4.6個百分點', '4.6 percentage points'],
    [figure(1.2e6, 'pieces/year'), '120万片/年', '120萬片/年', '1.2 million pieces/year'],
    [figure(4e6, 'units'), '400万台', '400萬台', '4 million units'],
    [figure(2e5, 'vehicles/year'), '20万辆/年', '20萬輛/年', '200,000 vehicles/year'],
    [figure(3.02e7, 'm2'), '30.2平方公里', '30.2平方公里', '30.2 km²'],
    [figure(5e5, 'm2'), '50万平方米', '50萬平方米', '500,000 m²'],
    [figure(2e6, 'm2', { sourceUnit: 'mu' }), '3,000亩', '3,000畝', '3,000 mu'],
  ])('shows %o as %s / %s / %s', (f, hans, hant, en) => {
    expect(formatFigure(f, 'zh-hans')).toBe(hans);
    expect(formatFigure(f, 'zh-hant')).toBe(hant);
    expect(formatFigure(f, 'en')).toBe(en);
  });

  test('shows values with no floating-point noise', () => {
    // Products like these carry noise in their last bits (135.14 * 1e9 is 135139999999.99998).
    const values = [(0.1 + 0.2) * 1e8, 135.14 * 1e9, 1351.4 * 1e8, 30.98 * 1e8, 0.57 * 1e4];
    for (const value of values) {
      for (const locale of ['zh-hans', 'zh-hant', 'en'] as const) {
        expect(formatFigure(figure(value, 'CNY'), locale)).not.toMatch(/\d\.\d{5,}/);
      }
    }
    expect(formatFigure(figure(135.14 * 1e9, 'CNY'), 'zh-hans')).toBe('1,351.4亿元');
    expect(formatFigure(figure(135.14 * 1e9, 'CNY'), 'en')).toBe('CNY 135.14 billion');
  });

  test('shows an extracted figure the way the design asks', () => {
    const [f] = extractFigures([{ text: '在建项目计划总投资1351.4亿元' }]);
    expect(f && [formatFigure(f, 'zh-hans'), formatFigure(f, 'zh-hant'), formatFigure(f, 'en')]).toEqual([
      '1,351.4亿元',
      '1,351.4億元',
      'CNY 135.14 billion',
    ]);
  });

  test('falls back to the unit name for units it has no label for', () => {
    expect(formatFigure(figure(123, 'widgets'), 'en')).toBe('123 widgets');
    expect(formatFigure(figure(5e8, 'XYZ'), 'zh-hans')).toBe('5亿 XYZ');
  });
});
