import { describe, expect, test } from 'vitest';
import { convertBlock } from '../../scripts/lib/convert-blocks.ts';

describe('convertBlock', () => {
  test('converts the text and keeps the block kind', () => {
    expect(convertBlock({ kind: 'heading', text: '产业园', garbled: [] }, 'hans', 'hant')).toEqual({
      kind: 'heading',
      text: '產業園',
      garbled: [],
    });
  });

  test('copies damaged spans verbatim and re-indexes them', () => {
    const block = { kind: 'paragraph' as const, text: '发展??松梨诨产业', garbled: [{ start: 2, end: 7 }] };
    const out = convertBlock(block, 'hans', 'hant');
    expect(out.text).toBe('發展??松梨诨產業');
    expect(out.text.slice(out.garbled[0]!.start, out.garbled[0]!.end)).toBe('??松梨诨');
  });
});
