import type { ArticleFrontmatter } from '../../scripts/lib/article-types.ts';

/** A complete, valid article frontmatter for tests, with overrides. */
export function makeFrontmatter(overrides: Partial<ArticleFrontmatter> = {}): ArticleFrontmatter {
  return {
    id: '2024-01-22-0a1b2c3d',
    title: { hans: '标题', hant: '標題' },
    titleFromLead: false,
    date: '2024-01-22',
    source: '示例日报',
    authors: ['张三'],
    script: 'hans',
    seed: { file: 'x.txt', sha256: '0'.repeat(64) },
    duplicates: [],
    cities: [],
    districts: [],
    zones: [],
    parks: [],
    industries: [],
    companies: [],
    figures: [],
    quality: { chromeLinesDropped: 0, annotationsRepaired: 0, garbledSpans: 0 },
    ...overrides,
  };
}
