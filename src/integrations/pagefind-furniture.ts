/**
 * Parts of a page that are for copying, downloading or explaining, the same
 * words on every page of a kind: citations (title, URL and access-date
 * boilerplate), the embed snippet (an <iframe> as text), download and feed
 * links, explanatory notes, the script-conversion notice, buttons; and the
 * labels of what a page lists: section headings with their counts, field
 * names (`<dt>`), "none" where a list is empty, a figure's "paragraph N"
 * link and text only screen readers hear; an article's list of figures,
 * each of them a phrase of its text (entity pages mark theirs ignored where
 * they are drawn); and entity pages' lists of clusters, whose names
 * (青岛市集成电路产业集群) are a city and an industry listed beside them
 * (an article marks its own list ignored). Indexing them would put words on
 * every page (long posting lists every query on them downloads: 产业, 企业
 * and 园区 were on every city and park page as headings; cluster lists gave
 * a common industry's word a fifth of its postings) and pad every result's
 * fragment. What a reader searches for — names, text, figures — is
 * elsewhere on the page. Pagefind itself leaves out <nav>, <footer>,
 * <form>, <script> and <svg>; charts, whose tables repeat what their page
 * lists, are marked `data-pagefind-ignore` where they are drawn. No
 * selector here may name an `id`: the index is given pages without them
 * (`without-ids.ts`).
 */
export const PAGE_FURNITURE = [
  'section[aria-labelledby="cite-heading"]',
  'section[aria-labelledby="embed-heading"]',
  'section[aria-labelledby="downloads-heading"]',
  '[data-copy-box]',
  '.kit-feed',
  '.note',
  '.notice--converted',
  'button',
  '.fact-section > h2',
  'dt',
  '.figures',
  'section[aria-labelledby="clusters-heading"]',
  '.none',
  '.figure__source',
  '.visually-hidden',
] as const;
