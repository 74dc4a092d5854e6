// Keyboard-only helpers: reach a control the way a keyboard user does (Tab, Shift+Tab) and
// prove afterwards that no pointer was used.
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** What has focus, in words, for a failure message: "BUTTON Concept opslaan". */
const describeFocus = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '(nothing)';
    const name =
      el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '';
    return `${el.tagName} ${name.trim().replace(/\s+/g, ' ').slice(0, 60)}`;
  });

/**
 * Presses Tab (or Shift+Tab) until `target` has focus. Fails, listing where focus went, when it
 * is not reached within `max` presses: a control the keyboard cannot reach, or a trap.
 */
export async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}): Promise<void> {
  await expect(target).toBeVisible();
  const path: string[] = [];
  for (let presses = 0; presses <= max; presses++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    if (presses === max) break;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    path.push(await describeFocus(page));
  }
  throw new Error(`Not reached with ${back ? 'Shift+Tab' : 'Tab'} in ${max} presses; focus went:\n${path.join('\n')}`);
}

/** Counts trusted pointer presses on the page, across navigations, to prove a journey used none. */
export async function watchPointer(page: Page): Promise<() => void> {
  const presses: string[] = [];
  await page.exposeFunction('__imhPointerPressed', (target: string) => presses.push(target));
  await page.addInitScript(() => {
    window.addEventListener(
      'pointerdown',
      (event) => {
        const report = (window as unknown as { __imhPointerPressed: (target: string) => void }).__imhPointerPressed;
        if (event.isTrusted) report((event.target as Element | null)?.tagName ?? '');
      },
      true,
    );
  });
  return () => expect(presses, 'pointer presses during a keyboard-only journey').toEqual([]);
}
