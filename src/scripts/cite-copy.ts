/**
 * Client side of the kit's citation and embed boxes: fills in the date of
 * access (a build never reads the clock) and wires the copy buttons, which
 * stay hidden without JavaScript (the text is selectable either way).
 *
 * Markup it reads:
 * - `<span data-cite-accessed="zh-hans|zh-hant|en">placeholder</span>`
 * - `<button data-copy-target="ID" data-copied="…" data-failed="…" hidden>` and,
 *   inside the same `[data-copy-box]`, an `[data-copy-status]` live region.
 */
import { accessedDate, citeLocale, isoDay } from './cite-date.ts';

/** Replace every access-date placeholder under `root` with the day in `now`. */
export function fillAccessDates(root: ParentNode, now: Date): void {
  root.querySelectorAll<HTMLElement>('[data-cite-accessed]').forEach((slot) => {
    slot.textContent = accessedDate(now, citeLocale(slot.dataset.citeAccessed));
    slot.dataset.citeDate = isoDay(now);
  });
}

/** The text a copy button copies: a form field's value, else the element's text with spacing collapsed. */
function copyText(target: HTMLElement): string {
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) return target.value;
  return (target.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Select the target's text so the reader can copy it by hand when the clipboard is refused. */
function selectText(target: HTMLElement): void {
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) return target.select();
  const range = document.createRange();
  range.selectNodeContents(target);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

async function copy(button: HTMLButtonElement): Promise<void> {
  const target = document.getElementById(button.dataset.copyTarget ?? '');
  const status = button.closest('[data-copy-box]')?.querySelector<HTMLElement>('[data-copy-status]');
  if (!target) return;
  try {
    await navigator.clipboard.writeText(copyText(target));
    if (status) status.textContent = button.dataset.copied ?? '';
  } catch {
    selectText(target);
    if (status) status.textContent = button.dataset.failed ?? '';
  }
}

/** Show and wire every copy button under `root`. */
export function wireCopyButtons(root: ParentNode): void {
  root.querySelectorAll<HTMLButtonElement>('button[data-copy-target]').forEach((button) => {
    if (button.dataset.copyWired) return;
    button.dataset.copyWired = 'true';
    button.hidden = false;
    button.addEventListener('click', () => void copy(button));
  });
}
