import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Presses Tab until the focused element matches `selector` (and has exactly `text`, when
 * given): keyboard only, as a user would.
 */
export async function tabTo(page: Page, selector: string, text?: string, max = 400): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate(
      ([sel, txt]) => {
        const el = document.activeElement;
        return !!el?.matches(sel!) && (txt === undefined || el.textContent?.trim() === txt);
      },
      [selector, text] as const,
    );
    if (hit) return;
  }
  throw new Error(`Tab never reached ${selector} ${text ?? ''}`);
}

/** The field ids of a step, in canvas order. */
export function stepFieldIds(page: Page, stepHeadingId: string): Promise<string[]> {
  return page.evaluate(
    (id) =>
      [
        ...(document.getElementById(id)?.closest('li')?.querySelectorAll(':scope > ol > li[data-field-id]') ??
          []),
      ].map((li) => li.getAttribute('data-field-id') ?? ''),
    stepHeadingId,
  );
}

/** The text dnd-kit's live region says last. */
export function announced(page: Page): Promise<string> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[aria-live="assertive"]')].map((e) => e.textContent ?? '').join(' '),
  );
}

/**
 * Picks up the focused drag handle with Space, as a keyboard user does, and returns once
 * dnd-kit listens for the arrows. Its keyboard sensor adds that listener in a `setTimeout(0)`
 * after the pick-up; Chromium runs input before timers, so an arrow sent as soon as "Hai preso"
 * is spoken could arrive first and be lost (CI, stop 23). A timer set now runs after dnd-kit's.
 */
export async function pickUpFocused(page: Page): Promise<void> {
  await page.keyboard.press('Space');
  await expect.poll(() => announced(page)).toContain('Hai preso');
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
}
