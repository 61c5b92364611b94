import { describe, expect, test } from 'vitest';
import { extractFigures } from '../../scripts/lib/figures/extract-figures.ts';
import type { FigureMention } from '../../scripts/lib/figures/types.ts';

/** A mention of `name` at its first (or last) occurrence in `text`, paragraph 1. */
function mention(
  text: string,
  name: string,
  entity: string,
  kind?: FigureMention['kind'],
  last = false,
): FigureMention {
  const start = last ? text.lastIndexOf(name) : text.indexOf(name);
  if (start < 0) throw new Error(`${name} not in text`);
  return { entity, paragraph: 1, start, end: start + name.length, ...(kind ? { kind } : {}) };
}

describe('the entity of a figure', () => {
  test('is the entity mentioned closest before the number in its sentence', () => {
    const text = '青岛与京东方签约，京东方项目总投资50亿元。';
    const [f] = extractFigures([{ text }], {
      mentions: [mention(text, '青岛', 'qingdao'), mention(text, '京东方', 'boe', undefined, true)],
    });
    expect(f?.entity).toBe('boe');
  });

  test('is not taken from another sentence', () => {
    const text = '青岛市集成电路产业园开园。项目总投资50亿元。';
    const [f] = extractFigures([{ text }], { mentions: [mention(text, '青岛市集成电路产业园', 'qingdao-ic-park')] });
    expect(f?.entity).toBeUndefined();
  });

  test('is not taken from after the number', () => {
    const text = '总投资480亿元的生产线落户火炬高新区。';
    const [f] = extractFigures([{ text }], { mentions: [mention(text, '火炬高新区', 'xiamen-torch')] });
    expect(f?.entity).toBeUndefined();
  });

  test('is not taken from another paragraph', () => {
    const text = '德州天衢新区项目总投资25亿元。';
    const figures = extractFigures([{ text: '前言。' }, { text }], {
      mentions: [{ ...mention(text, '德州天衢新区', 'tianqu'), paragraph: 1 }],
    });
    expect(figures[0]?.entity).toBeUndefined();
  });

  test('prefers a park over a city named closer to the number', () => {
    const text = '临港新片区集成电路项目落户上海，总投资288亿元。';
    const mentions = [mention(text, '临港新片区', 'lingang', 'zone'), mention(text, '上海', 'shanghai', 'city')];
    expect(extractFigures([{ text }], { mentions })[0]?.entity).toBe('lingang');
  });

  test('falls back to the city when no park or company is named', () => {
    const text = '滁州市新签约亿元项目513个，其中光伏项目投资30亿元。';
    const mentions = [mention(text, '滁州市', 'chuzhou', 'city'), mention(text, '光伏', 'photovoltaics', 'industry')];
    const figures = extractFigures([{ text }], { mentions });
    expect(figures.map((f) => f.entity)).toEqual(['chuzhou', 'chuzhou']);
  });

  test('is left out of the figure when no mentions are given', () => {
    const [f] = extractFigures([{ text: '德州天衢新区项目总投资25亿元。' }]);
    expect(f).not.toHaveProperty('entity');
  });
});
