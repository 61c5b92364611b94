/**
 * The atlas read straight from a content folder, without Astro: for the work
 * done beside Astro's build from the same content (the share cards and the
 * per-entity downloads, while Astro renders the pages). The same files and the same schemas as the
 * collections in `src/content.config.ts`, so the same atlas.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import type { Atlas } from '../atlas-types.ts';
import { loadCompanies } from '../companies.ts';
import { makeAtlas } from '../make-atlas.ts';
import { articleSchema } from '../../schemas/article.ts';
import { citySchema, clusterSchema, industrySchema, parkSchema } from '../../schemas/entities.ts';
import { parseFrontmatter, splitArticleFile } from './article-file.ts';
import { articleFiles } from './article-loader.ts';

/** Check `data` against a schema; throws naming the file and every field that fails. */
function checked<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new Error(`${file} does not match its collection's schema:\n${z.prettifyError(result.error)}`);
}

/** Every entry of an entity folder (`<folder>/*.json`), in file-name order. */
function readEntities<T>(dir: string, schema: z.ZodType<T>): T[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => checked(schema, JSON.parse(readFileSync(join(dir, f), 'utf8')), join(dir, f)));
}

/**
 * The atlas of a content folder (the one `npm run ingest` writes). Each
 * article is read from its Simplified file, which carries the same
 * frontmatter as the Traditional one, as the site does.
 * @example readContentAtlas('content').cities.length // 4
 */
export function readContentAtlas(contentDir: string): Atlas {
  const articlesDir = join(contentDir, 'articles');
  const articles = articleFiles(articlesDir)
    .filter((f) => f.endsWith('/zh-hans.mdx'))
    .map((f) => {
      const file = join(articlesDir, f);
      const { frontmatter } = splitArticleFile(readFileSync(file, 'utf8'), file);
      return checked(articleSchema, parseFrontmatter(frontmatter, file), file);
    });
  return makeAtlas({
    articles,
    cities: readEntities(join(contentDir, 'cities'), citySchema),
    parks: readEntities(join(contentDir, 'parks'), parkSchema),
    industries: readEntities(join(contentDir, 'industries'), industrySchema),
    clusters: readEntities(join(contentDir, 'clusters'), clusterSchema),
    companies: loadCompanies(contentDir),
  });
}
