/**
 * Show a figure in the reader's locale: `1,351.4亿元` / `1,351.4億元` /
 * `CNY 135.14 billion`. Numbers go through `Intl.NumberFormat` with at most
 * four decimals, so no floating-point noise (135.14000000000001) can show.
 */
import type { Figure } from '../types.ts';
import { COUNT_LABELS, CURRENCY_LABELS, RATE_LABELS } from './figure-labels.ts';

/** The locales of the atlas. */
export type FigureLocale = 'zh-hans' | 'zh-hant' | 'en';

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });
const PERCENT_NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

const EN_SCALES: readonly [number, string][] = [
  [1e12, ' trillion'],
  [1e9, ' billion'],
  [1e6, ' million'],
];
const ZH_SCALES: readonly [number, { hans: string; hant: string }][] = [
  [1e12, { hans: '万亿', hant: '萬億' }],
  [1e8, { hans: '亿', hant: '億' }],
  [1e4, { hans: '万', hant: '萬' }],
];

function script(locale: FigureLocale): 'hans' | 'hant' {
  return locale === 'zh-hant' ? 'hant' : 'hans';
}

/** `value` scaled to the largest unit of `scales` it reaches (at least `floor`), as text. */
function scaled<T>(value: number, scales: readonly [number, T][], floor = 0): [string, T | undefined] {
  const size = Math.abs(value);
  for (const [factor, label] of scales) {
    if (size >= factor && size >= floor) return [NUMBER.format(value / factor), label];
  }
  return [NUMBER.format(value), undefined];
}

function formatMoney(figure: Figure, locale: FigureLocale): string {
  if (locale === 'en') {
    const [n, scale] = scaled(figure.value, EN_SCALES);
    return `${figure.unit} ${n}${scale ?? ''}`;
  }
  const s = script(locale);
  const label = CURRENCY_LABELS[figure.unit];
  // Taiwan counts 10^12 as 兆.
  const scales =
    figure.unit === 'TWD'
      ? ZH_SCALES.map(([f, l]): [number, { hans: string; hant: string }] => [
          f,
          f === 1e12 ? { hans: '兆', hant: '兆' } : l,
        ])
      : ZH_SCALES;
  const [n, scale] = scaled(figure.value, scales);
  const zhScale = scale ? scale[s] : '';
  if (!label) return `${n}${zhScale} ${figure.unit}`;
  if (label.prefix) return `${label[s]}${n}${zhScale}元`;
  return `${n}${zhScale}${label[s]}`;
}

function formatPercent(figure: Figure, locale: FigureLocale): string {
  const n = PERCENT_NUMBER.format(figure.value * 100);
  if (figure.unit !== 'percentage-points') return `${n}%`;
  if (locale === 'en') return `${n} percentage points`;
  return `${n}${locale === 'zh-hant' ? '個百分點' : '个百分点'}`;
}

function formatArea(figure: Figure & { sourceUnit?: string }, locale: FigureLocale): string {
  const s = script(locale);
  if (figure.sourceUnit === 'mu') {
    const mu = Math.round((figure.value * 15) / 100) / 100;
    if (locale === 'en') return `${NUMBER.format(mu)} mu`;
    const [n, scale] = scaled(mu, ZH_SCALES.slice(1));
    return `${n}${scale ? scale[s] : ''}${s === 'hant' ? '畝' : '亩'}`;
  }
  if (Math.abs(figure.value) >= 1e6)
    return `${NUMBER.format(figure.value / 1e6)}${locale === 'en' ? ' km²' : '平方公里'}`;
  if (locale === 'en') return `${NUMBER.format(figure.value)} m²`;
  const [n, scale] = scaled(figure.value, ZH_SCALES.slice(2));
  return `${n}${scale ? scale[s] : ''}平方米`;
}

function formatCount(figure: Figure, locale: FigureLocale): string {
  const [base = '', rate] = figure.unit.split('/');
  const label = COUNT_LABELS[base];
  const rateLabel = rate ? RATE_LABELS[rate] : undefined;
  if (locale === 'en') {
    const [n, scale] = scaled(figure.value, EN_SCALES);
    const noun = label ? label.en[figure.value === 1 && !scale ? 0 : 1] : base;
    return `${n}${scale ?? ''} ${noun}${rateLabel ? rateLabel.en[1] : rate ? `/${rate}` : ''}`;
  }
  const s = script(locale);
  // Small counts keep every digit (63,492个); large ones read in 万/亿 (120万片).
  const [n, scale] = scaled(figure.value, ZH_SCALES.slice(1), 1e5);
  const noun = label ? label[s] : ` ${base}`;
  return `${n}${scale ? scale[s] : ''}${noun}${rateLabel ? rateLabel[s] : rate ? `/${rate}` : ''}`;
}

/**
 * A figure as text for a reader of `locale`.
 * @example formatFigure({ kind: 'investment', value: 135140000000, unit: 'CNY', text: '计划总投资1351.4亿元', paragraph: 4 }, 'zh-hant') // '1,351.4億元'
 * @example formatFigure({ kind: 'investment', value: 135140000000, unit: 'CNY', text: '…', paragraph: 4 }, 'en') // 'CNY 135.14 billion'
 */
export function formatFigure(figure: Figure & { sourceUnit?: string }, locale: FigureLocale): string {
  if (figure.unit === 'percent' || figure.unit === 'percentage-points') return formatPercent(figure, locale);
  if (figure.unit === 'm2') return formatArea(figure, locale);
  if (/^[A-Z]{3}$/.test(figure.unit)) return formatMoney(figure, locale);
  return formatCount(figure, locale);
}
