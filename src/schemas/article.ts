/**
 * The article frontmatter contract (see DESIGN.md), shared by both script
 * versions of an article.
 */
import { z } from 'astro/zod';
import { idList, isoDate, script, scriptedText, slug } from './shared.ts';

/** A figure reported by an article, traceable to its paragraph. */
export const figure = z.object({
  /** What the number measures. */
  kind: z.enum(['investment', 'output', 'revenue', 'fund', 'capacity', 'count', 'share', 'growth', 'area', 'amount']),
  /** The value in base units (yuan, a fraction for percentages …). */
  value: z.number(),
  /** The base unit: `CNY`, `USD`, `percent`, `projects` … */
  unit: z.string().min(1),
  /** The exact phrase in the article's original script. */
  text: z.string().min(1),
  /** 1-based block number, anchored on the article page as `#p-N`. */
  paragraph: z.number().int().positive(),
  /** The entity the sentence is about, where it says so. */
  entity: slug.optional(),
  /** A hedge printed with the number: about (约), at least (超过), at most (不到). */
  qualifier: z.enum(['approx', 'min', 'max']).optional(),
  /** The unit as printed when it differs from the base unit (亩 → `mu`), for display. */
  sourceUnit: z.string().optional(),
});

/** The frontmatter of `content/articles/<id>/zh-hans.mdx` and `zh-hant.mdx`. */
export const articleSchema = z.object({
  /** Stable id derived from the date and title. */
  id: slug,
  /** The headline in both scripts, and in English where known. */
  title: scriptedText,
  /** True when the page printed no headline and the title is the opening clause of the lead. */
  titleFromLead: z.boolean().default(false),
  /** Publication date, or null when the page states none. */
  date: isoDate.nullable(),
  /** The publisher as printed. */
  source: z.string().min(1).nullable(),
  /** Reporters, authors and editors. */
  authors: z.array(z.string().min(1)),
  /** The script the article was published in. */
  script,
  /** The seed file this entry was built from. */
  seed: z.object({ file: z.string().min(1), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  /** Other seed files that held the same article. */
  duplicates: z.array(z.string()).default([]),
  /** Cities the article is about, most salient first. */
  cities: idList,
  /** Districts and counties it names. */
  districts: idList.default([]),
  /** Functional zones (new areas, high-tech zones …) it names. */
  zones: idList.default([]),
  /** Industrial parks it names. */
  parks: idList,
  /** Industries it is about. */
  industries: idList,
  /** Companies it names. */
  companies: idList,
  /** Figures it reports. */
  figures: z.array(figure),
  /** How much the ingest changed the page. */
  quality: z.object({
    chromeLinesDropped: z.number().int().nonnegative(),
    annotationsRepaired: z.number().int().nonnegative(),
    garbledSpans: z.number().int().nonnegative(),
  }),
});

export type ArticleData = z.infer<typeof articleSchema>;
