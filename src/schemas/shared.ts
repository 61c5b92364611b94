/**
 * Small zod shapes shared by every collection's schema.
 */
import { z } from 'astro/zod';

/** An ASCII, lower-case, URL-safe id such as `qingdao` or `2020-04-21-5c1f0e9a`. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an ASCII lower-case slug');

/** A list of entity ids, most salient first. */
export const idList = z.array(slug);

/** Text in both Chinese scripts, with an optional English form. */
export const scriptedText = z.object({
  /** Simplified Chinese. */
  hans: z.string().min(1),
  /** Traditional Chinese. */
  hant: z.string().min(1),
  /** English, where known. */
  en: z.string().min(1).optional(),
});

/** An ISO calendar date, `YYYY-MM-DD`, that exists (no 2020-02-30): pages format it, and a bad one would fail far from its file. */
export const isoDate = z.iso.date({ message: 'must be a calendar date written YYYY-MM-DD' });

/** The original script of a text. */
export const script = z.enum(['hans', 'hant']);
