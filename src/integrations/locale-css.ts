/**
 * Interface strings that CSS needs, as a stylesheet generated from the
 * locale dictionaries: the label read out before damaged text
 * (`.garbled::before`). A stylesheet instead of a `style` attribute on each
 * page, so the Content-Security-Policy needs no 'unsafe-inline' for styles,
 * and the strings stay in one place, the dictionaries.
 *
 * Pages import it as `virtual:atlas/locale-labels.css`.
 */
import type { AstroIntegration } from 'astro';
import { HTML_LANG, LOCALES } from '../i18n/locales.ts';
import { messages } from '../i18n/messages.ts';

/** The module id pages import. */
export const LOCALE_CSS_ID = 'virtual:atlas/locale-labels.css';
const RESOLVED_ID = `\0${LOCALE_CSS_ID}`;

/**
 * A CSS string literal of any text: quotes and backslashes escaped, line
 * breaks and other controls as hex escapes.
 * @example cssString('原文"损坏"') // '"原文\\"损坏\\""'
 */
export function cssString(text: string): string {
  let out = '';
  for (const c of text) {
    const code = c.codePointAt(0) ?? 0;
    if (c === '"' || c === '\\') out += `\\${c}`;
    else if (code < 0x20 || code === 0x7f) out += `\\${code.toString(16)} `;
    else out += c;
  }
  return `"${out}"`;
}

/**
 * The stylesheet: one rule per locale, on the root element of its pages.
 * @example localeLabelsCss() // ':root:lang(zh-Hans) {\n  --garbled-label: "原文损坏：";\n}\n…'
 */
export function localeLabelsCss(): string {
  return LOCALES.map(
    (locale) =>
      `:root:lang(${HTML_LANG[locale]}) {\n  --garbled-label: ${cssString(messages(locale).garbledLabel)};\n}\n`,
  ).join('');
}

/** The Astro integration: serves the stylesheet to Vite under its virtual id. */
export default function localeCss(): AstroIntegration {
  return {
    name: 'atlas:locale-css',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'atlas:locale-css',
                resolveId: (id: string) => (id === LOCALE_CSS_ID ? RESOLVED_ID : undefined),
                load: (id: string) => (id === RESOLVED_ID ? localeLabelsCss() : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
