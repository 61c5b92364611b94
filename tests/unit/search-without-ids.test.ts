import { expect, test } from 'vitest';
import { withoutIds } from '../../src/lib/search/without-ids.ts';

test('removes every id attribute, quoted or not, and keeps the rest of each tag', () => {
  expect(
    withoutIds('<main data-pagefind-body><h2 id="body-heading" class="x">正文</h2><p id=p-1>集成电路</p></main>'),
  ).toBe('<main data-pagefind-body><h2 class="x">正文</h2><p>集成电路</p></main>');
  expect(withoutIds("<section aria-labelledby='a' id='b'><svg id=\"m\"/></section>")).toBe(
    "<section aria-labelledby='a'><svg/></section>",
  );
});

test('leaves attributes that only end in id, and text that looks like one', () => {
  const html = '<a data-id="x" aria-describedby="y" href="/?id=3">id="z" 与 grid</a>';
  expect(withoutIds(html)).toBe(html);
});
