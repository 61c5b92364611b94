/**
 * The query converters, each in its own chunk, loaded only when a query
 * holds characters the locale's script writes differently. Same OpenCC
 * tables as the ingest (scripts/lib/convert-script.ts): tw → cn into
 * Simplified, cn → tw into Traditional; each character by character when
 * that is exact (29 and 45 KB), with the phrase tables (104 KB and 1 MB)
 * only when it is not.
 */

/** A function converting text into one script. */
export type Convert = (text: string) => string;

/** Which converter a query needs. */
export type ConverterKind = 'to-hans-characters' | 'to-hans-phrases' | 'to-hant-characters' | 'to-hant-phrases';

/** Load a converter. */
export async function loadConverter(kind: ConverterKind): Promise<Convert> {
  if (kind === 'to-hans-characters') return (await import('../lib/search/t2s-characters.ts')).convertToHans;
  if (kind === 'to-hans-phrases') {
    const { Converter } = await import('opencc-js/t2cn');
    return Converter({ from: 'tw', to: 'cn' });
  }
  if (kind === 'to-hant-characters') return (await import('../lib/search/s2t-characters.ts')).convertCharacters;
  const { Converter } = await import('opencc-js/cn2t');
  return Converter({ from: 'cn', to: 'tw' });
}
