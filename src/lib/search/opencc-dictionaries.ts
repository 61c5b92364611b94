/**
 * The OpenCC dictionaries behind the ingest's converters (cn→tw is OpenCC's
 * `s2tw` config, tw→cn its `tw2s`), read from opencc-js's preset at build
 * time, for the folding tables.
 */
import { configs } from 'opencc-js/preset';
import type { S2TDictionaries, T2SDictionaries } from './opencc-tables.ts';

interface Config {
  normalizationChain?: readonly (readonly unknown[])[];
  conversionChain: readonly (readonly unknown[])[];
}

const strings = (group: readonly unknown[] | undefined): string[] =>
  (group ?? []).filter((d): d is string => typeof d === 'string');

function config(name: 'tw2s' | 's2tw'): Config {
  const found = configs[name] as Config | undefined;
  if (!found) throw new Error(`opencc-js has no ${name} config`);
  return found;
}

/** Every dictionary that rewrites text in a conversion (segmentation only splits it). */
export function rewritingDictionaries(name: 'tw2s' | 's2tw'): string[] {
  const { normalizationChain = [], conversionChain } = config(name);
  return [...normalizationChain, ...conversionChain].flatMap(strings);
}

/** The cn→tw dictionaries by role. */
export function s2tDictionaries(): S2TDictionaries {
  const { normalizationChain = [], conversionChain } = config('s2tw');
  const [first = [], second = []] = conversionChain;
  const firstStage = strings(first);
  return {
    normalize: normalizationChain.flatMap(strings),
    phrases: firstStage.slice(0, -1),
    characters: firstStage[firstStage.length - 1] ?? '',
    variants: strings(second),
  };
}

/** The tw→cn dictionaries by role. */
export function t2sDictionaries(): T2SDictionaries {
  const { normalizationChain = [], conversionChain } = config('tw2s');
  const [variants = [], simplify = []] = conversionChain.map(strings);
  const pair = ([phrases = '', characters = '']: string[]) => ({ phrases, characters });
  return { normalize: normalizationChain.flatMap(strings), variants: pair(variants), simplify: pair(simplify) };
}
