/**
 * The site's Content-Security-Policy, in one place: what Astro writes into
 * every page's `<meta http-equiv="content-security-policy">` and what the
 * `_headers` file sends as a real header. Nothing inline runs or styles the
 * pages: scripts and stylesheets are bundled files ('self'); charts and maps
 * colour SVG with presentation attributes, and scripts set styles through
 * the CSSOM, which CSP does not govern.
 */
import type { AstroUserConfig } from 'astro';

/** Astro's `security.csp` object. */
export type AstroCsp = Exclude<NonNullable<AstroUserConfig['security']>['csp'], boolean | undefined>;

/** What varies between builds: outside origins the maps may load images from. */
export interface PolicyOptions {
  /** Image origins besides the site (the online tile server, when switched on). */
  imageOrigins?: readonly string[];
}

/** A directive as its name and source list. */
export type Directive = readonly [name: string, sources: readonly string[]];

/** Sources of `script-src`: Pagefind compiles its WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval'). */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
/** Sources of `style-src`: stylesheets of the site only, so no `style` attribute applies. */
export const STYLE_SOURCES = ["'self'"] as const;

/**
 * The directives besides `script-src` and `style-src` (which Astro writes
 * itself, with its hashes) and `frame-ancestors` (ignored in a meta tag).
 * Leaflet's stylesheet draws its icons from `data:` images.
 * @example otherDirectives({}) // [['default-src', ["'self'"]], …, ['img-src', ["'self'", 'data:']], …]
 */
export function otherDirectives(options: PolicyOptions): Directive[] {
  return [
    ['default-src', ["'self'"]],
    ['img-src', ["'self'", 'data:', ...[...(options.imageOrigins ?? [])].sort()]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
  ];
}

/** The Astro `security.csp` setting: the meta tag Astro writes into every page. */
export function astroCsp(options: PolicyOptions): AstroCsp {
  return {
    algorithm: 'SHA-256',
    // Astro types directives as `<known name>…` template strings; these are built from known names.
    directives: otherDirectives(options).map(formatDirective) as AstroCsp['directives'],
    scriptDirective: { resources: [...SCRIPT_SOURCES] },
    styleDirective: { resources: [...STYLE_SOURCES] },
  };
}

/** Hashes (`sha256-…`, unquoted) of inline content the built pages carry. */
export interface InlineHashes {
  scripts: readonly string[];
  styles: readonly string[];
}

/**
 * The whole policy as an HTTP header value: the meta tag's directives, the
 * hashes of any inline script or style (sorted, so the file is the same on
 * every build), and who may frame the page (`'self'`, or `*` for embeds).
 * @example headerPolicy({}, { scripts: [], styles: [] }, ["'self'"]) // "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; …; frame-ancestors 'self'"
 */
export function headerPolicy(options: PolicyOptions, hashes: InlineHashes, frameAncestors: readonly string[]): string {
  const quoted = (list: readonly string[]) => [...new Set(list)].sort().map((h) => `'${h}'`);
  const [first, ...rest] = otherDirectives(options);
  const directives: Directive[] = [
    ...(first ? [first] : []),
    ['script-src', [...SCRIPT_SOURCES, ...quoted(hashes.scripts)]],
    ['style-src', [...STYLE_SOURCES, ...quoted(hashes.styles)]],
    ...rest,
    ['frame-ancestors', frameAncestors],
  ];
  return directives.map(formatDirective).join('; ');
}

/** `name source source`. */
export function formatDirective([name, sources]: Directive): string {
  return [name, ...sources].join(' ');
}

/** A policy string back as a map from directive name to its sources. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}
