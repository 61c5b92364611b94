/**
 * Ids (URL slugs) for the whole gazetteer at once. A slug depends only on the
 * gazetteer, never on which places the articles mention, so adding articles
 * never changes a URL. Homonyms are told apart without favouring one of them:
 * when several places share a base slug, ALL of them get a qualifier
 * (suzhou-jiangsu and suzhou-anhui, never suzhou and suzhou-anhui).
 */

/** One place asking for an id. */
export interface SlugRequest {
  /** Unique key of the place (its adcode). */
  key: string;
  /** The slug it gets when nothing else wants it: `qingdao`, `qingdao-huangdao`. */
  base: string;
  /** Qualifiers tried in order when the base is shared: the province, then the unit type. */
  qualifiers: readonly string[];
}

/**
 * ASCII lower-case slug of a Latin name: no diacritics or apostrophes, other
 * runs of non-alphanumerics become one hyphen.
 * @example slugify("Xi'an") // 'xian'
 * @example slugify('Inner Mongolia') // 'inner-mongolia'
 */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** Slugs for one group sharing a base: the first qualifier level that separates all of them. */
function qualifyGroup(group: readonly SlugRequest[]): Map<string, string> {
  const depth = Math.max(...group.map((r) => r.qualifiers.length));
  for (let i = 0; i < depth; i++) {
    const slugs = group.map((r) => {
      const q = r.qualifiers[i];
      return q ? `${r.base}-${slugify(q)}` : `${r.base}-${r.key}`;
    });
    if (new Set(slugs).size === slugs.length) return new Map(group.map((r, j) => [r.key, slugs[j] ?? r.key]));
  }
  return new Map(group.map((r) => [r.key, `${r.base}-${r.key}`]));
}

/**
 * Assign a unique id to every request. `taken` holds ids assigned earlier
 * (prefectures, when assigning counties); a request whose slug would clash
 * with one of them, or with another request's qualified slug, gets its key
 * appended, which is unique by construction.
 * @example assignSlugs([{ key: '320500', base: 'suzhou', qualifiers: ['jiangsu'] },
 *   { key: '341300', base: 'suzhou', qualifiers: ['anhui'] }])
 * // Map { '320500' => 'suzhou-jiangsu', '341300' => 'suzhou-anhui' }
 */
export function assignSlugs(
  requests: readonly SlugRequest[],
  taken: ReadonlySet<string> = new Set(),
): Map<string, string> {
  const result = new Map<string, string>();
  const sorted = [...requests].sort((a, b) => a.key.localeCompare(b.key));
  for (const [, group] of groupBy(sorted, (r) => r.base)) {
    const slugs = group.length === 1 && group[0] ? new Map([[group[0].key, group[0].base]]) : qualifyGroup(group);
    for (const [key, slug] of slugs) result.set(key, slug);
  }
  const counts = new Map<string, number>();
  for (const slug of result.values()) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  const seen = new Set(taken);
  for (const [key, slug] of [...result].sort((a, b) => a[0].localeCompare(b[0]))) {
    const clash = seen.has(slug) || (counts.get(slug) ?? 0) > 1;
    const unique = clash ? `${slug}-${key}` : slug;
    result.set(key, unique);
    seen.add(unique);
  }
  return result;
}
