import type { Page } from 'playwright-core';

/** What the focused element is, and how its focus ring looks. */
export function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const style = el ? getComputedStyle(el) : undefined;
    return {
      tag: el?.tagName.toLowerCase(),
      id: el?.id,
      text: el?.textContent?.trim(),
      href: el?.getAttribute('href'),
      inMain: el?.closest('main') !== null,
      outline: {
        style: style?.outlineStyle,
        width: parseFloat(style?.outlineWidth ?? '0'),
        color: style?.outlineColor,
      },
    };
  });
}

/** The text of the `<dd>` that follows the `<dt>` with exactly this label. */
export function definition(page: Page, term: string): Promise<string> {
  return page.locator(`xpath=//dt[normalize-space()="${term}"]/following-sibling::dd[1]`).innerText();
}

/**
 * WCAG 1.4.10 (Reflow): at 320 CSS px nothing may need horizontal scrolling. Returns the
 * elements that stick out, empty when the page reflows.
 */
export async function overflowAt320(page: Page): Promise<string[]> {
  await page.setViewportSize({ width: 320, height: 640 });
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('body *')]
      .filter(
        (e) => e.getBoundingClientRect().right > width + 0.5 && getComputedStyle(e).position !== 'absolute',
      )
      .map((e) => `${e.tagName.toLowerCase()}: ${(e.textContent ?? '').trim().slice(0, 40)}`);
  });
}

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: readonly number[]) =>
  0.2126 * channel(r ?? 0) + 0.7152 * channel(g ?? 0) + 0.0722 * channel(b ?? 0);

/** The WCAG contrast ratio of two CSS `rgb(...)` colours. */
export function contrastRatio(a: string, b: string): number {
  const rgb = (c: string) => (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
  const [hi, lo] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
