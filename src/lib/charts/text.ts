/**
 * The charts' interface text. The words live in the locale files
 * (`src/i18n/<locale>.ts`, group `charts`); charts are drawn at build time,
 * so no client ever loads them.
 */
import { messages } from '../../i18n/messages.ts';
import type { ChartLocale } from './format.ts';

/** Words the charts and their tables use; `kinds` names each kind of figure. */
export interface ChartText {
  table: string;
  evidence: string;
  rank: string;
  count: string;
  kind: string;
  figures: string;
  date: string;
  article: string;
  undated: string;
  kinds: Readonly<Record<string, string>>;
}

/** The chart texts of a locale. */
export function chartText(locale: ChartLocale): ChartText {
  return messages(locale).charts;
}
