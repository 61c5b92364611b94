/**
 * Publication dates as pages print them: 2024-08-20, 2024年08月20日,
 * 2021/05/19, 2020.06.03, day-first 19/04/2024 and 22.05.2020, and Taiwan's
 * Republic-of-China years (114年11月19日). Every form here is one the date
 * extractor reads; which one a page uses is drawn per page.
 */
import type { Random } from './random.ts';

/** How a date is printed. */
export type DateForm = 'iso' | 'han' | 'han-short' | 'slash' | 'dot' | 'day-slash' | 'day-dot' | 'roc';

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * An ISO date printed in a form.
 * @example formatDate('2024-08-20', 'han') // '2024年08月20日'
 * @example formatDate('2025-11-19', 'roc') // '114年11月19日'
 */
export function formatDate(iso: string, form: DateForm): string {
  const [y = 0, m = 0, d = 0] = iso.split('-').map(Number);
  switch (form) {
    case 'iso':
      return iso;
    case 'han':
      return `${y}年${pad(m)}月${pad(d)}日`;
    case 'han-short':
      return `${y}年${m}月${d}日`;
    case 'slash':
      return `${y}/${pad(m)}/${pad(d)}`;
    case 'dot':
      return `${y}.${pad(m)}.${pad(d)}`;
    case 'day-slash':
      return `${pad(d)}/${pad(m)}/${y}`;
    case 'day-dot':
      return `${pad(d)}.${pad(m)}.${y}`;
    case 'roc':
      return `${y - 1911}年${m}月${d}日`;
  }
}

/** A date form; ROC years only on Taiwan pages. */
export function pickDateForm(rnd: Random, taiwan: boolean): DateForm {
  if (taiwan && rnd.chance(0.3)) return 'roc';
  return rnd.weighted([
    ['iso', 6],
    ['han', 4],
    ['han-short', 2],
    ['slash', 2],
    ['dot', 1],
    ['day-slash', 1],
    ['day-dot', 1],
  ] as const);
}

/** A clock time, with or without seconds: 09:57, 15:13:10. */
export function clockTime(rnd: Random): string {
  const time = `${pad(rnd.int(6, 22))}:${pad(rnd.int(0, 59))}`;
  return rnd.chance(0.4) ? `${time}:${pad(rnd.int(0, 59))}` : time;
}

/** The weekday of an ISO date, as printed on e-paper mastheads (星期三). */
export function weekday(iso: string): string {
  return `星期${'日一二三四五六'[new Date(`${iso}T00:00:00Z`).getUTCDay()] ?? ''}`;
}
