import { describe, expect, test } from 'vitest';
import { dedupe } from '../../scripts/lib/dedupe.ts';

const body = [
  '青岛市集成电路产业园区是青岛已挂牌的八个新兴产业专业园区之一,产业聚集初具规模。',
  '截至今年三月底,八个园区在建项目五十个,计划总投资一千三百五十一亿元,签约待开工项目十三个。',
  '各园区正深化产业链、创新链、资金链、人才链融合,力争打造更多城市经济增长极,吸引上下游企业。',
];

describe('dedupe', () => {
  test('merges seeds with the same id, keeping the fuller copy', () => {
    const { kept, merged } = dedupe([
      { id: 'a', file: '2.txt', paragraphs: body.slice(0, 2) },
      { id: 'a', file: '1.txt', paragraphs: body },
    ]);
    expect(kept.map((k) => k.file)).toEqual(['1.txt']);
    expect(merged).toEqual([{ file: '2.txt', into: 'a' }]);
  });

  test('merges the same body under a different title, and across scripts', () => {
    const hant = body.map((p) => p.replace('青岛', '青島').replace('产业', '產業'));
    const { kept, merged } = dedupe([
      { id: 'a', file: 'a.txt', paragraphs: body },
      { id: 'b', file: 'b.txt', paragraphs: hant },
    ]);
    expect(kept).toHaveLength(1);
    expect(merged).toEqual([{ file: 'b.txt', into: 'a' }]);
  });

  test('an excerpt joins the full article it came from', () => {
    const { kept } = dedupe([
      { id: 'full', file: 'a.txt', paragraphs: body },
      { id: 'excerpt', file: 'b.txt', paragraphs: [body[1]!] },
    ]);
    expect(kept.map((k) => k.id)).toEqual(['full']);
  });

  test('different articles stay apart, whatever the file order', () => {
    const other = ['重庆电子信息产业作为支柱产业之一,正面临加快转型升级与扩大核心竞争力的发展难题。'];
    const forward = dedupe([
      { id: 'a', file: 'a.txt', paragraphs: body },
      { id: 'b', file: 'b.txt', paragraphs: other },
    ]);
    const backward = dedupe([
      { id: 'b', file: 'b.txt', paragraphs: other },
      { id: 'a', file: 'a.txt', paragraphs: body },
    ]);
    expect(forward.kept.map((k) => k.id)).toEqual(['a', 'b']);
    expect(backward.kept.map((k) => k.id)).toEqual(['a', 'b']);
    expect(forward.merged).toEqual([]);
  });
});
