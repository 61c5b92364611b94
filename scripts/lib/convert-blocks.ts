/**
 * Converts body blocks to the other script, leaving damaged spans exactly as
 * they were (converting mojibake would only disguise it).
 */
import { convertScript } from './convert-script.ts';
import type { Block, GarbledSpan, Script } from './types.ts';

/** Convert one block; garbled spans are copied verbatim and re-indexed. */
export function convertBlock(block: Block, from: Script, to: Script): Block {
  let text = '';
  let cursor = 0;
  const garbled: GarbledSpan[] = [];
  for (const span of block.garbled) {
    text += convertScript(block.text.slice(cursor, span.start), from, to);
    const start = text.length;
    text += block.text.slice(span.start, span.end);
    garbled.push({ start, end: text.length });
    cursor = span.end;
  }
  text += convertScript(block.text.slice(cursor), from, to);
  return { kind: block.kind, text, garbled };
}

/**
 * Convert every block of an article from its original script.
 * @example convertBlocks([{ kind: 'paragraph', text: '产业', garbled: [] }], 'hans', 'hant')
 * // [{ kind: 'paragraph', text: '產業', garbled: [] }]
 */
export function convertBlocks(blocks: Block[], from: Script, to: Script): Block[] {
  return blocks.map((b) => convertBlock(b, from, to));
}
