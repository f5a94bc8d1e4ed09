import type { Page } from 'playwright-core';

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
