/**
 * Weighted lists keyed by entity: how much evidence ties each item to a key.
 */

/** Evidence counts per key and item; ranking is by weight, then id, so it is deterministic. */
export class Tally {
  private readonly counts = new Map<string, Map<string, number>>();

  /** Add `weight` of evidence tying `item` to `key`. */
  add(key: string, item: string, weight = 1): void {
    const items = this.counts.get(key) ?? new Map<string, number>();
    items.set(item, (items.get(item) ?? 0) + weight);
    this.counts.set(key, items);
  }

  /** The items of `key`, strongest evidence first. */
  ranked(key: string): string[] {
    const items = this.counts.get(key);
    if (!items) return [];
    return [...items].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([item]) => item);
  }

  /** Total evidence of a key. */
  total(key: string): number {
    let sum = 0;
    for (const weight of this.counts.get(key)?.values() ?? []) sum += weight;
    return sum;
  }

  /** Every key, sorted. */
  keys(): string[] {
    return [...this.counts.keys()].sort();
  }
}
