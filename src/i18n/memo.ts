/**
 * One value per key, made on first use. `Intl` formatters are costly to
 * create (a page build formatted thousands of counts and dates, creating a
 * formatter for each) and cheap to reuse.
 */

/**
 * Wrap `make` so each key's value is made once and kept.
 * @example const rules = memo((tag: string) => new Intl.PluralRules(tag)); rules('en') === rules('en') // true
 */
export function memo<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    if (made.has(key)) return made.get(key)!;
    const value = make(key);
    made.set(key, value);
    return value;
  };
}
