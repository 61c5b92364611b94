/**
 * Find every number-with-unit in a paragraph: `1351.4亿元`, `百分之二十`,
 * `120万片/年`, `6萬3492個就業機會`. A bare number is never a figure: years,
 * dates, times, phone numbers, versions, sizes (12英寸), generations (8.5代)
 * and names (5G, 十四五) carry no unit from the tables and fall away.
 */
import { phraseStart } from '../sentence-bounds.ts';
import {
  CHINESE_NUMERAL_CHARS,
  multiplierExponent,
  remainderValue,
  scaleDecimal,
  toDecimalString,
} from './parse-number.ts';
import { readPrefix, readSuffix, type Prefix } from './qualifiers.ts';
import { readUnit, type UnitHit } from './read-unit.ts';
import { resolveCount } from './resolve-count.ts';
import type { Candidate, DefaultCurrency, Qualifier } from './types.ts';
import { alternation, THRESHOLD_NOUNS } from './units.ts';

const NUMBER_RE = new RegExp(
  `(?:\\d{1,3}(?:,\\d{3})+(?![\\d])|\\d+)(?:\\.\\d+)?|[${CHINESE_NUMERAL_CHARS}]+(?:[点點][${CHINESE_NUMERAL_CHARS}]+)?`,
  'g',
);
const HEDGE_RE = /[ \t]{0,2}([余餘多])?[ \t]{0,2}/y;
const MULTIPLIER_RE = /[十百千]?(?:[万萬][亿億]?|[亿億兆])|千/y;
const REMAINDER_AFTER_YI_RE = new RegExp(`(\\d{1,4}|[${CHINESE_NUMERAL_CHARS}]+)([万萬])`, 'y');
const REMAINDER_AFTER_WAN_RE = /(\d{1,4})(?![\d.])/y;
// 千亿级, 百亿元级: a scale label, not a number anyone reported.
const SCALE_LABEL_RE = /[级級]/y;
const THRESHOLD_RE = new RegExp(`的?(?:${alternation(THRESHOLD_NOUNS)})`, 'y');
// After a bare 亿 these characters start a unit we do not read (亿人, 亿千瓦时, 亿多人 …): not money.
const NOT_MONEY_AFTER =
  /[人片吨噸千瓦度平立方次件个個台臺辆輛部只隻颗顆条條套张張户戶家头頭株粒支枚亩畝公米升桶份册冊本名位项項级級美港欧歐日英韩韓澳多余餘]/;
const PERCENT_WORD_RE = /[百千]分之$/;

/** Where a number's digits are, and what was printed between them and the unit. */
interface NumberTail {
  decimal: string;
  exponent: number;
  remainder: number;
  hedged: boolean;
  unit: UnitHit | null;
  /** Offset right after the multiplier (or the digits) where no unit was found. */
  end: number;
}

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** The part printed after a multiplier that belongs to it: `3492` in `6萬3492`, `5000万` in `3亿5000万`. */
function readRemainder(
  s: string,
  multiplier: string,
  at: number,
  arabic: boolean,
): { value: number; length: number } | null {
  const rest = /[亿億]$/.test(multiplier)
    ? sticky(REMAINDER_AFTER_YI_RE, s, at)
    : /^[万萬]$/.test(multiplier) && arabic
      ? sticky(REMAINDER_AFTER_WAN_RE, s, at)
      : null;
  const value = rest ? remainderValue(multiplier, rest[1] ?? '', rest[2] ?? '') : null;
  return rest && value !== null ? { value, length: rest[0].length } : null;
}

function readTail(s: string, raw: string, at: number, arabic: boolean): NumberTail | null {
  const decimal = toDecimalString(raw);
  if (decimal === null) return null;
  const hedge1 = sticky(HEDGE_RE, s, at);
  let pos = at + (hedge1?.[0].length ?? 0);
  const mult = sticky(MULTIPLIER_RE, s, pos);
  const exponent = mult ? (multiplierExponent(mult[0]) ?? 0) : 0;
  if (!arabic && exponent < 4) return null; // 三大, 十四五, 一个: phrasing, not figures
  pos += mult?.[0].length ?? 0;
  const afterMult = pos;
  const remainder = mult ? readRemainder(s, mult[0], pos, arabic) : null;
  pos += remainder?.length ?? 0;
  const hedge2 = sticky(HEDGE_RE, s, pos);
  const hedged = Boolean(hedge1?.[1] || hedge2?.[1]);
  const unit = readUnit(s, pos + (hedge2?.[0].length ?? 0), { scaled: Boolean(mult), arabic });
  // A remainder only belongs to the number when a unit follows it (6萬3492個).
  if (!unit && remainder)
    return { decimal, exponent, remainder: 0, hedged: Boolean(hedge1?.[1]), unit: null, end: afterMult };
  return { decimal, exponent, remainder: remainder?.value ?? 0, hedged, unit, end: unit ? unit.end : pos };
}

function valueOf(tail: NumberTail, extraExponent = 0): number {
  return scaleDecimal(tail.decimal, tail.exponent + extraExponent) + tail.remainder * 10 ** extraExponent;
}

/** Whether the match at `i` is part of an identifier, an ordinal or a vague quantity. */
function isExcluded(s: string, i: number, raw: string, arabic: boolean): boolean {
  const prev = s.charAt(i - 1);
  const next = s.charAt(i + raw.length);
  if (prev === '第' || /[A-Za-z_.]/.test(prev)) return true;
  if (arabic) return /[A-Za-z]/.test(next);
  return /[\d数數几幾每]/.test(prev);
}

type CandidateBase = Pick<Candidate, 'numberStart' | 'start' | 'end' | 'scaled' | 'qualifier'>;

/** End of the phrase and its hedge, or null when the number is a scale label or a class threshold. */
function readClosing(s: string, tail: NumberTail, qualifier: Qualifier | undefined) {
  const end = tail.unit ? tail.unit.end : tail.end;
  if (sticky(SCALE_LABEL_RE, s, end)) return null;
  const suffix = readSuffix(s, end);
  if (!suffix) return { end, qualifier };
  if (sticky(THRESHOLD_RE, s, suffix.end)) return null; // 亿元以上项目: a class of projects
  return { end: suffix.end, qualifier: qualifier ?? suffix.qualifier };
}

/** A number with multipliers but no unit: money only after a currency word or as a bare 亿. */
function unitless(
  s: string,
  tail: NumberTail,
  base: CandidateBase,
  prefix: Prefix,
  currency: string,
): Candidate | null {
  const bare = tail.exponent >= 8 && !NOT_MONEY_AFTER.test(s.charAt(tail.end));
  if (!bare && !(prefix.currency && tail.exponent > 0)) return null;
  const unit = prefix.currency ?? currency;
  return { ...base, dimension: 'money', value: valueOf(tail), unit, ...(prefix.currency ? {} : { bare: true }) };
}

function withUnit(
  s: string,
  tail: NumberTail,
  unit: UnitHit,
  base: CandidateBase,
  prefix: Prefix,
  currency: string,
): Candidate | null {
  switch (unit.dimension) {
    case 'money':
      return { ...base, dimension: 'money', value: valueOf(tail), unit: unit.currency ?? prefix.currency ?? currency };
    case 'percent':
      return { ...base, dimension: 'percent', value: scaleDecimal(tail.decimal, unit.exponent), unit: unit.unit };
    case 'area': {
      const m2 = valueOf(tail, unit.exponent);
      const value = unit.divisor ? Math.round((m2 / unit.divisor) * 100) / 100 : m2;
      return { ...base, dimension: 'area', value, unit: 'm2', ...(unit.source ? { sourceUnit: unit.source } : {}) };
    }
    case 'capacity': {
      const name = unit.rate ? `${unit.unit}/${unit.rate}` : unit.unit;
      return { ...base, dimension: 'capacity', value: valueOf(tail), unit: name, ...(unit.rate ? { rate: true } : {}) };
    }
    case 'count': {
      const counted = resolveCount(s, unit.measure, base.start, base.end, phraseStart(s, base.start));
      if (!counted) return null;
      const start = Math.min(base.start, counted.start ?? base.start);
      const end = Math.max(base.end, counted.end ?? base.end);
      return { ...base, dimension: 'count', value: valueOf(tail), unit: counted.unit, start, end };
    }
  }
}

function buildCandidate(s: string, i: number, tail: NumberTail, currency: DefaultCurrency): Candidate | null {
  const prefix = readPrefix(s, i);
  const closing = readClosing(s, tail, prefix.qualifier ?? (tail.hedged ? 'min' : undefined));
  if (!closing) return null;
  const { end, qualifier } = closing;
  const base: CandidateBase = {
    numberStart: i,
    start: prefix.start,
    end,
    scaled: tail.exponent > 0,
    ...(qualifier ? { qualifier } : {}),
  };
  return tail.unit ? withUnit(s, tail, tail.unit, base, prefix, currency) : unitless(s, tail, base, prefix, currency);
}

function percentWord(s: string, i: number, raw: string): Candidate | null {
  if (!PERCENT_WORD_RE.test(s.slice(Math.max(0, i - 3), i))) return null;
  const decimal = toDecimalString(raw);
  if (decimal === null) return null;
  const exponent = s.charAt(i - 3) === '千' ? -3 : -2;
  const prefix = readPrefix(s, i - 3);
  const end = i + raw.length;
  return {
    dimension: 'percent',
    value: scaleDecimal(decimal, exponent),
    unit: 'percent',
    numberStart: i - 3,
    start: prefix.start,
    end,
    ...(prefix.qualifier ? { qualifier: prefix.qualifier } : {}),
  };
}

/**
 * All numbers with a unit in `s` (a paragraph), in order. `s` must already be
 * folded (full-width digits to ASCII) with offsets unchanged.
 * @example scanCandidates('计划总投资1351.4亿元', 'CNY')[0]?.value // 135140000000
 */
export function scanCandidates(s: string, currency: DefaultCurrency): Candidate[] {
  const out: Candidate[] = [];
  const re = new RegExp(NUMBER_RE.source, 'g');
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const raw = m[0];
    const i = m.index;
    const arabic = raw.charCodeAt(0) < 128;
    if (isExcluded(s, i, raw, arabic)) continue;
    const word = percentWord(s, i, raw);
    if (word) {
      out.push(word);
      continue;
    }
    const tail = readTail(s, raw, i + raw.length, arabic);
    if (!tail) continue;
    const candidate = buildCandidate(s, i, tail, currency);
    if (candidate) out.push(candidate);
    // Skip what the number consumed, so 千 in `5千万元` is not read again.
    re.lastIndex = Math.max(re.lastIndex, tail.end);
  }
  return out;
}
