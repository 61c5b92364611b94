/**
 * Shorter path data for inline SVG: d3 writes absolute `M x,y L x,y … Z`;
 * the same outline in relative moves with whole numbers is about half as long.
 */

/**
 * The path `d` rewritten with relative commands (`m`, `l`, `z`), numbers
 * rounded to whole units first, zero-length steps dropped.
 * @example relativePath('M10,10L12,10L12,13Z') // 'm10 10l2 0l0 3z'
 */
export function relativePath(d: string): string {
  let out = '';
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  for (const [, command, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === 'Z') {
      out += 'z';
      [x, y] = [startX, startY];
      continue;
    }
    const [ax, ay] = (args ?? '').split(',').map((n) => Math.round(Number(n))) as [number, number];
    const dx = ax - x;
    const dy = ay - y;
    if (command === 'M') {
      out += `m${dx} ${dy}`;
      [startX, startY] = [ax, ay];
    } else if (dx !== 0 || dy !== 0) out += `l${dx} ${dy}`;
    [x, y] = [ax, ay];
  }
  return out;
}
