/**
 * The numbers of a synthetic article: amounts of money, counts, shares,
 * areas and capacities, written the ways news pages write them.
 */
import type { Random } from './random.ts';
import type { Write } from './script-text.ts';

/** The currency an article's plain amounts are in. */
export type Currency = 'CNY' | 'TWD' | 'MOP' | 'HKD';

/** A number with up to one decimal, sometimes with thousands separators. */
function decimal(rnd: Random, min: number, max: number): string {
  const whole = rnd.int(min, max);
  const text = rnd.chance(0.15) && whole >= 1000 ? whole.toLocaleString('en-US') : String(whole);
  return rnd.chance(0.35) ? `${text}.${rnd.int(1, 9)}` : text;
}

/**
 * An amount of money: 56.8亿元, 3200万元, 新台幣26.6億元, 12亿美元.
 * @example amount(createRandom(1), createWriter('hans'), 'CNY') // e.g. '56.8亿元'
 */
export function amount(rnd: Random, write: Write, currency: Currency): string {
  if (currency === 'TWD') return `${rnd.chance(0.5) ? write('新台币') : ''}${decimal(rnd, 2, 1800)}${write('亿元')}`;
  if (currency !== 'CNY') return `${decimal(rnd, 2, 900)}${write('亿元')}`;
  return rnd.weighted([
    [() => `${decimal(rnd, 2, 1500)}${write('亿元')}`, 8],
    [() => `${rnd.int(200, 9800)}${write('万元')}`, 2],
    [() => `${decimal(rnd, 1, 60)}${write('亿美元')}`, 1],
  ] as const)();
}

/** A percentage such as 16.5%. */
export function percent(rnd: Random): string {
  return `${rnd.int(2, 68)}${rnd.chance(0.6) ? `.${rnd.int(1, 9)}` : ''}%`;
}

/** An area: 3000亩, 12.5平方公里, 8万平方米. */
export function area(rnd: Random, write: Write): string {
  return rnd.pick([
    () => `${rnd.int(3, 120) * 50}${write('亩')}`,
    () => `${decimal(rnd, 2, 60)}${write('平方公里')}`,
    () => `${rnd.int(2, 90)}${write('万平方米')}`,
  ])();
}

/** A yearly capacity: 10万辆, 30GWh, 5万片晶圆. */
export function capacity(rnd: Random, write: Write): string {
  return rnd.pick([
    () => `${rnd.int(2, 60)}${write('万辆整车')}`,
    () => `${rnd.int(5, 80)}GWh`,
    () => `${rnd.int(1, 40)}${write('万片晶圆')}`,
    () => `${rnd.int(100, 5000)}${write('万台(套)')}`,
  ])();
}

/** A calendar day in prose, e.g. 4月15日. */
export function monthDay(rnd: Random): string {
  return `${rnd.int(1, 12)}月${rnd.int(1, 28)}日`;
}
