import { describe, expect, test } from 'vitest';
import { cityAttributor } from '../../scripts/lib/aggregate/attribute-city.ts';
import type { Mention } from '../../scripts/lib/entities/types.ts';
import type { Block } from '../../scripts/lib/types.ts';

const block = (text: string, kind: Block['kind'] = 'paragraph'): Block => ({ kind, text, garbled: [] });
const city = (entity: string, paragraph: number, text: string, body: string): Mention => ({
  entity,
  kind: 'city',
  paragraph,
  start: body.indexOf(text),
  end: body.indexOf(text) + text.length,
  text,
});
const cityOf = (_kind: string, id: string) => id;

describe('cityAttributor', () => {
  const p1 = '滁州是合肥都市圈和南京都市圈成员。该市发展光伏产业。';
  const blocks = [block('安徽滁州:光伏产业崛起', 'heading'), block(p1), block('另一段讲光伏。')];
  const mentions = [
    city('chuzhou', 1, '滁州', blocks[0]!.text),
    city('chuzhou', 2, '滁州', p1),
    city('hefei', 2, '合肥', p1),
    city('nanjing', 2, '南京', p1),
  ];
  const cityAt = cityAttributor('标题', blocks, mentions, cityOf, 'qingdao');

  test('a sentence naming no city belongs to its section, not to cities named in passing', () => {
    expect(cityAt(2, p1.indexOf('光伏'))).toBe('chuzhou');
    expect(cityAt(3, 1)).toBe('chuzhou');
  });

  test('within a sentence the nearest preceding city wins', () => {
    expect(cityAt(2, p1.indexOf('南京') + 3)).toBe('nanjing');
    expect(cityAt(2, p1.indexOf('合肥') + 2)).toBe('hefei');
  });

  test('the title falls back to the main city', () => {
    expect(cityAt(0, 0)).toBe('qingdao');
  });

  test('without sections, the paragraph’s first city, then the main city', () => {
    const plain = [block('青岛与苏州。光伏。'), block('没有地名。')];
    const at = cityAttributor('标题', plain, [city('qingdao', 1, '青岛', plain[0]!.text)], cityOf, 'dezhou');
    expect(at(1, 6)).toBe('qingdao');
    expect(at(2, 0)).toBe('dezhou');
  });
});
