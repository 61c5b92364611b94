/**
 * Colours for industries: a categorical palette whose every colour keeps a
 * contrast of at least 3:1 (WCAG for graphics) against the light and the
 * dark page and map backgrounds.
 */

/** The categorical colours, in the order industries receive them. */
export const PALETTE = ['#1c7ed6', '#d95f02', '#1b9e77', '#9c6ade', '#e7298a', '#a6761d', '#2f9e44'] as const;

/** The colour of industries past the palette's end, and of markers with no industry. */
export const OTHER_COLOR = '#7c848c';

/**
 * The colour of an industry: its place in the sorted list of all industry
 * ids picks the palette entry, so it is the same on every page of a build.
 * Industries past the palette's length share `OTHER_COLOR`.
 * @example industryColor('semiconductors', ['new-energy-vehicles', 'semiconductors']) // '#d95f02'
 */
export function industryColor(industryId: string | null | undefined, allIndustryIds: readonly string[]): string {
  if (!industryId) return OTHER_COLOR;
  const sorted = [...new Set(allIndustryIds)].sort();
  const index = sorted.indexOf(industryId);
  return index >= 0 && index < PALETTE.length ? (PALETTE[index] as string) : OTHER_COLOR;
}
