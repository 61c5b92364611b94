/**
 * `getStaticPaths` entries for pages that exist once per locale and entity.
 */
import { localePaths, type Locale } from '../i18n/locales.ts';

/**
 * One route per (locale, id) pair; the page gets both as props. An entity's
 * locales come together, so work a page shares across locales (its map's
 * projection) is still cached when the next locale is built.
 */
export function localeEntityPaths(
  ids: readonly string[],
): { params: { locale: string | undefined; id: string }; props: { locale: Locale; id: string } }[] {
  const locales = localePaths();
  return ids.flatMap((id) =>
    locales.map(({ params, props }) => ({ params: { ...params, id }, props: { ...props, id } })),
  );
}
