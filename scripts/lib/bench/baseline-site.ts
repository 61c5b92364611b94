/**
 * The files of a bare Astro + MDX site, the baseline the atlas's build cost
 * is set against: one content collection of generated `.mdx` entries (about
 * 3 KB of Chinese text each, deterministic for a seed) rendered by a single
 * `[...slug].astro` page, with Astro's defaults otherwise.
 */
import { createRandom, streamSeed, type Random } from '../corpus/random.ts';

/** One file of the baseline project, relative to its root. */
export interface ProjectFile {
  path: string;
  content: string;
}

// Common characters of news prose; any would do, but real ones keep gzip and
// tokenizer behaviour close to the atlas's text.
const CHARS =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质';
const BREAKS = ['，', '，', '，', '、', '；'];

/** A paragraph of `length` characters or so, in clauses of 6 to 24, ending with 。 */
function paragraph(random: Random, length: number): string {
  let text = '';
  while (text.length < length) {
    for (let i = random.int(6, 24); i > 0; i--) text += CHARS[random.int(0, CHARS.length - 1)];
    text += text.length >= length ? '。' : random.pick(BREAKS);
  }
  return text;
}

/**
 * The body of one entry: paragraphs adding up to about `chars` characters
 * (three bytes each in UTF-8, so 1,000 characters make about 3 KB).
 * @example baselineText(createRandom(1), 100) // '质气第向道命，此变条只…。\n\n…'
 */
export function baselineText(random: Random, chars = 1000): string {
  const paragraphs: string[] = [];
  let total = 0;
  while (total < chars) {
    const p = paragraph(random, random.int(80, 220));
    paragraphs.push(p);
    total += p.length;
  }
  return paragraphs.join('\n\n');
}

/** The entries' file name for index `i`: sorted names keep the build's order stable. */
function entryName(i: number): string {
  return `post-${String(i).padStart(6, '0')}`;
}

/** Entry `i` of the collection: title, date and ~3 KB of text, the same for the same seed and index. */
export function baselineEntry(seed: number, i: number): ProjectFile {
  const random = createRandom(streamSeed(seed, `baseline:${i}`));
  const title = paragraph(random, random.int(12, 24)).slice(0, -1);
  const content = `---\ntitle: "${title}"\ndate: 2024-01-${String(1 + (i % 28)).padStart(2, '0')}\n---\n\n## ${title}\n\n${baselineText(random)}\n`;
  return { path: `src/content/posts/${entryName(i)}.mdx`, content };
}

/**
 * The project's own files besides its entries. Caches stay inside the
 * project, so the baseline never writes into the atlas's `node_modules`.
 */
export function baselineScaffold(): ProjectFile[] {
  return [
    {
      path: 'package.json',
      content: `${JSON.stringify({ name: 'atlas-bench-baseline', private: true, type: 'module' })}\n`,
    },
    { path: 'tsconfig.json', content: '{ "extends": "astro/tsconfigs/base" }\n' },
    {
      path: 'astro.config.mjs',
      content: [
        "import { defineConfig } from 'astro/config';",
        "import mdx from '@astrojs/mdx';",
        '',
        "export default defineConfig({ integrations: [mdx()], cacheDir: './.cache/astro', vite: { cacheDir: './.cache/vite' } });",
        '',
      ].join('\n'),
    },
    {
      path: 'src/content.config.ts',
      content: [
        "import { defineCollection } from 'astro:content';",
        "import { glob } from 'astro/loaders';",
        '',
        "export const collections = { posts: defineCollection({ loader: glob({ pattern: '*.mdx', base: './src/content/posts' }) }) };",
        '',
      ].join('\n'),
    },
    {
      path: 'src/pages/[...slug].astro',
      content: [
        '---',
        "import { getCollection, render } from 'astro:content';",
        '',
        'export async function getStaticPaths() {',
        "  const posts = await getCollection('posts');",
        '  return posts.map((post) => ({ params: { slug: post.id }, props: { post } }));',
        '}',
        'const { post } = Astro.props;',
        'const { Content } = await render(post);',
        '---',
        '<html lang="zh-Hans">',
        '  <head><meta charset="utf-8" /><title>{post.data.title}</title></head>',
        '  <body><main><Content /></main></body>',
        '</html>',
        '',
      ].join('\n'),
    },
  ];
}

/**
 * Every file of a baseline site with `pages` pages, entries produced one at
 * a time so a large site is never held in memory whole.
 */
export function* baselineFiles(pages: number, seed: number): Generator<ProjectFile> {
  yield* baselineScaffold();
  for (let i = 0; i < pages; i++) yield baselineEntry(seed, i);
}
