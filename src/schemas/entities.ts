/**
 * The generated entity collections: cities, parks, industries and clusters
 * (one industry in one city), each entry a JSON data file with these fields
 * (the same fields as when they were frontmatter-only MDX). Every list of ids
 * is ordered by evidence, strongest first.
 */
import { z } from 'astro/zod';
import { idList, slug } from './shared.ts';

/** A name in Simplified, Traditional and English. */
export const trilingualName = z.object({
  hans: z.string().min(1),
  hant: z.string().min(1),
  en: z.string().min(1),
});

/** A WGS-84 point as `[lat, lng]`. */
export const coords = z.tuple([z.number().min(-90).max(90), z.number().min(-180).max(180)]);

/** How precise a coordinate is: exact site, the park, its district, its city or only its province. */
export const precision = z.enum(['site', 'park', 'district', 'city', 'province']);

/** A figure as seen from an entity page: which article and which of its figures. */
export const figureRef = z.object({
  /** Article id. */
  article: slug,
  /** Index into the article's `figures`. */
  index: z.number().int().nonnegative(),
});

/** `content/cities/<id>.json`: a prefecture-level city (or municipality, SAR, Taiwan city/county). */
export const citySchema = z.object({
  id: slug,
  name: trilingualName,
  province: trilingualName.nullable(),
  adcode: z.string().regex(/^\d{6}$/),
  coords,
  precision,
  /** Where the coordinate comes from (`geonames:…`, `parent:<adcode>` …). */
  coordSource: z.string(),
  articles: idList,
  parks: idList,
  industries: idList,
  clusters: idList,
  companies: idList,
  districts: idList,
  zones: idList,
  figures: z.array(figureRef),
});

/** `content/parks/<id>.json`: an industrial park, curated or found in an article. */
export const parkSchema = z.object({
  id: slug,
  name: trilingualName,
  city: slug,
  district: slug.nullable(),
  zone: slug.nullable(),
  industries: idList,
  companies: idList,
  coords,
  precision,
  /** Whether the park is in the curated gazetteer or was found in an article only. */
  curated: z.boolean(),
  source: z.string().nullable(),
  articles: idList,
  figures: z.array(figureRef),
});

/** `content/industries/<id>.json`: an industry of the taxonomy. */
export const industrySchema = z.object({
  id: slug,
  name: trilingualName,
  aliases: z.object({ hans: z.array(z.string()), hant: z.array(z.string()), en: z.array(z.string()) }),
  parent: slug.nullable(),
  cities: idList,
  clusters: idList,
  articles: idList,
});

/** `content/clusters/<city>-<industry>.json`: one industry in one city, with evidence. */
export const clusterSchema = z.object({
  id: slug,
  city: slug,
  industry: slug,
  parks: idList,
  companies: idList,
  articles: idList,
  figures: z.array(figureRef),
});

export type CityData = z.infer<typeof citySchema>;
export type ParkData = z.infer<typeof parkSchema>;
export type IndustryData = z.infer<typeof industrySchema>;
export type ClusterData = z.infer<typeof clusterSchema>;
