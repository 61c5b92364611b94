import { describe, expect, test } from 'vitest';
import { extractFigures } from '../../scripts/lib/figures/extract-figures.ts';

const figuresOf = (text: string) => extractFigures([{ text }]);

describe('numbers that are not figures', () => {
  test.each([
    ['years', '力争到2035年建成世界一流园区'],
    ['dates', '2024年1月22日，项目正式通线'],
    ['dates with slashes and dashes', '发布日期：2017-07-09，更新于2024/08/20'],
    ['times', '时间：2020-06-03 10:20:14'],
    ['wafer sizes', '山东首条12英寸大硅片生产线'],
    ['wafer sizes in 吋', '12吋功率半导体晶圆'],
    ['network generations', '发展5G、4G/5G通信'],
    ['panel generations', '京东方8.5代线'],
    ['semiconductor generations', '布局第三代半导体'],
    ['process nodes', '量产28nm工艺'],
    ['plans named by number', '“十四五”期间'],
    ['ordinals', '成为全国第五个、全省第3个试点城市'],
    ['ranks', '名列第14位，入围TOP30'],
    ['phone numbers', '网站技术支持电话：0519-85685023（工作日9:00-17:00）'],
    ['versions', '推动工业4.0与IE9.0以上版本浏览器'],
    ['model numbers', 'C919大飞机和A380'],
    ['stock codes', '日月光(3711-TW)'],
    ['Fortune 500 labels', '吸引了世界500强企业'],
    ['phrasing with Chinese numerals', '三大产业、一个中心、四链协同'],
    ['vague Chinese quantities', '带动数百亿元投资'],
    ['multiples', '产值增长了5.5倍'],
    ['a 亿元 with no digits', '订单总额已突破亿元'],
    ['image file names', '6364442803770663929101565.png'],
    ['durations', '用了3个月，5年时间'],
  ])('ignores %s', (_label, text) => {
    expect(figuresOf(text)).toEqual([]);
  });
});
