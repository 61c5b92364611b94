/**
 * `getStaticPaths` entries for pages that exist once per locale and entity.
 */
import { localePaths, type Locale } from '../i18n/locales.ts';

/** One route per (locale, id) pair; the page gets both as props. */
export function localeEntityPaths(
  ids: readonly string[],
): { params: { locale: string | undefined; id: string }; props: { locale: Locale; id: string } }[] {
  return localePaths().flatMap(({ params, props }) =>
    ids.map((id) => ({ params: { ...params, id }, props: { ...props, id } })),
  );
}
