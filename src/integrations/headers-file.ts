/**
 * The `_headers` file Netlify and Cloudflare Pages read: blocks of a path
 * pattern followed by indented `Name: value` lines. Both hosts apply every
 * block whose pattern matches and join repeated header names with a comma,
 * which for CSP means two policies, both enforced; so the rules here never
 * let two blocks that set the same header match one path.
 */

/** One block: a path pattern and the headers sent for paths it matches. */
export interface HeaderRule {
  path: string;
  headers: readonly (readonly [name: string, value: string])[];
}

/**
 * The file's text, blocks in the given order, ending with a newline.
 * @example formatHeadersFile([{ path: '/*', headers: [['X-Content-Type-Options', 'nosniff']] }]) // '/*\n  X-Content-Type-Options: nosniff\n'
 */
export function formatHeadersFile(rules: readonly HeaderRule[], comment?: string): string {
  const head = comment ? `${comment.replace(/^/gm, '# ')}\n` : '';
  return head + rules.map((r) => [r.path, ...r.headers.map(([n, v]) => `  ${n}: ${v}`)].join('\n')).join('\n') + '\n';
}

/** The blocks of a `_headers` text (comments and blank lines skipped). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: { path: string; headers: [string, string][] }[] = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: trimmed, headers: [] });
      continue;
    }
    const colon = trimmed.indexOf(':');
    const rule = rules.at(-1);
    if (colon < 1 || !rule) throw new Error(`_headers: a header line outside a block or without a name: "${trimmed}"`);
    rule.headers.push([trimmed.slice(0, colon).trim(), trimmed.slice(colon + 1).trim()]);
  }
  return rules;
}

/**
 * Whether a pattern matches a URL path: `*` matches any rest (also none),
 * `:name` one path segment, everything else itself.
 * @example pathMatches('/atlas/cities/*', '/atlas/cities/qingdao/') // true
 */
export function pathMatches(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

/** The headers a host would send for a path: all matching blocks, repeated names joined by `, `. */
export function headersForPath(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!pathMatches(rule.path, path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
    }
  }
  return headers;
}

/** Cloudflare Pages' documented limits: header rules per file, characters per line. */
export const HOST_LIMITS = { rules: 100, lineLength: 2000 } as const;

/**
 * What in a `_headers` text a host would reject or cut: too many blocks, or
 * too long a line (a policy with many hashes). Empty when it fits.
 * @example hostLimitProblems('/*\n  X-Content-Type-Options: nosniff\n') // []
 */
export function hostLimitProblems(text: string): string[] {
  const problems: string[] = [];
  const rules = parseHeadersFile(text).length;
  if (rules > HOST_LIMITS.rules)
    problems.push(`_headers has ${rules} blocks; Cloudflare Pages reads ${HOST_LIMITS.rules}`);
  const longest = Math.max(0, ...text.split('\n').map((line) => line.length));
  if (longest > HOST_LIMITS.lineLength) {
    problems.push(`_headers has a line of ${longest} characters; Cloudflare Pages reads ${HOST_LIMITS.lineLength}`);
  }
  return problems;
}
