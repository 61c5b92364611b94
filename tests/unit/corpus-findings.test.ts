/**
 * Regression tests for what the synthetic corpus found in the ingest. Each is
 * skipped until the module it is about is fixed; enable it with the fix.
 */
import { describe, expect, test } from 'vitest';
import { buildLexicon } from '../../scripts/lib/entities/build-lexicon.ts';
import { linkEntities } from '../../scripts/lib/entities/link-entities.ts';
import { loadCurated } from '../../scripts/lib/entities/load-curated.ts';
import { extractMetadata } from '../../scripts/lib/extract-metadata.ts';
import { loadPlaces } from '../../scripts/lib/gazetteer/load-places.ts';

const LEAD = '近日，某科技公司与江苏省南通市签署合作协议，双方将在南通电子信息创新产业园共建生产基地。';

describe('findings of the synthetic corpus', () => {
  // Bug (extract-title.ts): a site name of five or more Han characters at the top
  // of the page and an e-paper date line printed above the headline are both one
  // step from the date, and the tie goes to the earlier line: the site name.
  test('reads the headline under an e-paper date line, not the site name above it', () => {
    const lines = ['中国经济网', '您的位置:首页 > 评论', '2015-05-06 星期三', '南通与某公司签署战略合作协议', LEAD];
    expect(extractMetadata(lines).title).toBe('南通与某公司签署战略合作协议');
  });

  // Bug (extract-source.ts): a source value ends at 发布 (VALUE_END), which is right
  // for glued fields (来源:四川日报发布时间:…) but cuts publishers named 某某发布
  // (government news accounts such as 上海发布) to the city's name.
  test('keeps a publisher whose name ends in 发布', () => {
    expect(extractMetadata(['园区新项目开工建设', '2024-03-05 09:30 来源:上海发布', LEAD]).source).toBe('上海发布');
  });

  // Bug (entities): the curated alias 6G of telecommunications never links.
  test('links the curated industry alias 6G', () => {
    const lexicon = buildLexicon(loadPlaces(), loadCurated());
    expect(linkEntities([{ text: '南通正积极布局6G等未来产业。' }], '标题', lexicon).industries).toContain(
      'telecommunications',
    );
  });
});
