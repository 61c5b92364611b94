/**
 * Which markers get a printed name on the static map: the largest first,
 * each placed to the right (or left) of its marker where it hits no other
 * name and no map edge.
 */

/** A marker to name, on screen. */
export interface LabelCandidate {
  id: string;
  text: string;
  x: number;
  y: number;
  r: number;
}

/** A name placed on screen. */
export interface PlacedLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'end';
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Approximate text width: CJK characters are square, others about half as wide. */
export function textWidth(value: string, fontSize: number): number {
  let width = 0;
  for (const ch of value) width += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(ch) ? fontSize : fontSize * 0.58;
  return width;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Names for up to `max` markers, in the order given (largest first is
 * best), skipping any that would collide with a name already placed, a
 * marker or the frame's edge.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  frame: { width: number; height: number },
  fontSize = 13,
  max = 24,
): PlacedLabel[] {
  const taken: Box[] = candidates.map((c) => ({ x0: c.x - c.r, y0: c.y - c.r, x1: c.x + c.r, y1: c.y + c.r }));
  const placed: PlacedLabel[] = [];
  for (const [i, c] of candidates.entries()) {
    if (placed.length >= max) break;
    const w = textWidth(c.text, fontSize);
    const y0 = c.y - fontSize * 0.6;
    const right: Box = { x0: c.x + c.r + 3, y0, x1: c.x + c.r + 3 + w, y1: y0 + fontSize * 1.2 };
    const left: Box = { x0: c.x - c.r - 3 - w, y0, x1: c.x - c.r - 3, y1: y0 + fontSize * 1.2 };
    const fits = (b: Box) =>
      b.x0 >= 2 &&
      b.x1 <= frame.width - 2 &&
      b.y0 >= 2 &&
      b.y1 <= frame.height - 2 &&
      taken.every((t, j) => j === i || !overlaps(t, b));
    const box = [right, left].find(fits);
    if (!box) continue;
    taken.push(box);
    const anchor = box === right ? 'start' : 'end';
    placed.push({ id: c.id, text: c.text, x: anchor === 'start' ? box.x0 : box.x1, y: c.y, anchor });
  }
  return placed;
}
