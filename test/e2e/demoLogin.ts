import type { Page } from 'playwright-core';

/**
 * Logs in through the demo identity provider: opens `start` (a `/auth/login?...` address), picks
 * `persona` (e.g. `demo:laura-bianchi`, `demo:staff:montebello:mtb-admin`) and submits, then waits
 * for the page the login returns to (`until`).
 */
export async function loginWithDemoIdp(
  page: Page,
  start: string,
  persona: string,
  until: string | RegExp,
): Promise<void> {
  await page.goto(start);
  await page.waitForURL(/\/interaction\//);
  await page.locator('#persona').selectOption(persona);
  await Promise.all([page.waitForURL(until), page.locator('button[type=submit]').first().click()]);
}

/** A staff login address of `ente`, returning to `returnTo`. */
export const staffLogin = (ente: string, returnTo: string): string =>
  `/auth/login?kind=staff&ente=${ente}&returnTo=${encodeURIComponent(returnTo)}`;
