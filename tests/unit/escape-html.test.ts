import { describe, expect, test } from 'vitest';
import { escapeHtmlText } from '../../scripts/lib/escape-html.ts';

describe('escapeHtmlText', () => {
  test('escapes markup and character references', () => {
    expect(escapeHtmlText('<script>alert(1)</script> &amp; a>b')).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; a&gt;b',
    );
  });

  test('writes line breaks as references, so a block stays on one line', () => {
    expect(escapeHtmlText('上\n\n# 下\r')).toBe('上&#10;&#10;# 下&#13;');
  });

  test('leaves Markdown and MDX syntax alone: an HTML block shows it as it is', () => {
    const text = '**b** _i_ `c` [l](u) ~~s~~ a|b \\ {alert(1)} import x from "y"';
    expect(escapeHtmlText(text)).toBe(text);
  });

  test('leaves Chinese text, full-width punctuation and ordinary parentheses alone', () => {
    const text = '青岛市集成电路产业园(IPM)投资1351.4亿元，增长16.5%。“四链合一”';
    expect(escapeHtmlText(text)).toBe(text);
  });

  test('decoding the references gives back the text', () => {
    const raw = '<>&\n\r&lt;\\';
    const decoded = escapeHtmlText(raw).replace(
      /&(amp|lt|gt|#10|#13);/g,
      (_, name: string) => ({ amp: '&', lt: '<', gt: '>', '#10': '\n', '#13': '\r' })[name] ?? '',
    );
    expect(decoded).toBe(raw);
  });
});
