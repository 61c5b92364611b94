import { describe, expect, test } from 'vitest';
import { LOCALES, HTML_LANG } from '../../src/i18n/locales.ts';
import { messages } from '../../src/i18n/messages.ts';
import { cssString, localeLabelsCss } from '../../src/integrations/locale-css.ts';

describe('the locale stylesheet', () => {
  test('sets each locale’s damaged-text label on the root of its pages', () => {
    const css = localeLabelsCss();
    for (const locale of LOCALES) {
      expect(css).toContain(
        `:root:lang(${HTML_LANG[locale]}) {\n  --garbled-label: ${cssString(messages(locale).garbledLabel)};`,
      );
    }
  });

  test('quotes text so no label can end the string or the rule', () => {
    expect(cssString('原文损坏：')).toBe('"原文损坏："');
    expect(cssString('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(cssString('line\nbreak}')).toBe('"line\\a break}"');
  });
});
