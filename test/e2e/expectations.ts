import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, formatViolations } from './axe';
import { contrastRatio, focused, overflowAt320 } from './pageChecks';

/** axe-core's WCAG 2.1 A/AA rules, plus the reflow check axe cannot make. */
export async function expectNoA11yViolations(page: Page) {
  const violations = await axeViolations(page);
  expect(violations, formatViolations(page.url(), violations)).toEqual([]);
  expect(await overflowAt320(page), `horizontal scroll at 320 px on ${page.url()}`).toEqual([]);
}

/** WCAG 1.4.11 / 2.4.7: the focused element has a visible ring of at least 3:1 on its background. */
export async function expectVisibleFocus(page: Page, background = 'rgb(255, 255, 255)') {
  const { outline } = await focused(page);
  expect(outline.style).toBe('solid');
  expect(outline.width).toBeGreaterThanOrEqual(2);
  expect(contrastRatio(outline.color!, background)).toBeGreaterThanOrEqual(3);
}

type Focused = Awaited<ReturnType<typeof focused>>;

/** Presses Tab until the focused element matches; fails, saying what it looked for, after `max` presses. */
export async function tabTo(page: Page, what: string, matches: (f: Focused) => boolean, max = 100) {
  for (let i = 0; i < max; i++) {
    const now = await focused(page);
    if (matches(now)) return now;
    await page.keyboard.press('Tab');
  }
  const last = await focused(page);
  expect(matches(last), `Tab never reached ${what} on ${page.url()}`).toBe(true);
  return last;
}
