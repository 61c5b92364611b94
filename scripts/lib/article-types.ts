/**
 * The article entry as written to `content/articles/<id>/<script>.mdx`: the
 * frontmatter contract of DESIGN.md plus a few fields the site uses.
 */
import type { ArticleLinks } from './aggregate/types.ts';
import type { Block, Figure, Quality, Script } from './types.ts';

/** Frontmatter shared by both script versions of an article. */
export interface ArticleFrontmatter {
  id: string;
  title: { hans: string; hant: string; en?: string };
  /** True when the page printed no headline and the title is the opening clause of the lead. */
  titleFromLead: boolean;
  date: string | null;
  source: string | null;
  authors: string[];
  /** The script the page was published in; the other version is converted. */
  script: Script;
  seed: { file: string; sha256: string };
  /** Other seed files that held the same article and were merged into this one. */
  duplicates: string[];
  cities: string[];
  districts: string[];
  zones: string[];
  parks: string[];
  industries: string[];
  companies: string[];
  figures: Figure[];
  quality: Quality;
}

/** One article, ready to be written: frontmatter and the body in both scripts. */
export interface ArticleEntry {
  frontmatter: ArticleFrontmatter;
  body: Record<Script, Block[]>;
  /** What entity linking found, kept for building the entity collections. */
  links?: ArticleLinks;
}
