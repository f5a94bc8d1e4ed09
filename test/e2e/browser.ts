import { existsSync } from 'node:fs';
import type { Browser, LaunchOptions } from 'playwright-core';
import { chromium } from 'playwright-core';

/** Debian's Chromium: Playwright cannot download its own browser on these machines. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** The launch options verified on these machines (shared/TOOLCHAIN.md, "Browser"). */
export const launchOptions = {
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ],
} satisfies LaunchOptions;

/**
 * Launches headless Chromium. A missing browser is an error that says how to install it:
 * the e2e tests fail rather than skip, so a green run always means a real browser ran them.
 */
export async function launchBrowser(executablePath: string = CHROMIUM_PATH): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. The e2e tests need a real browser: ` +
        'install it with `apt-get update && apt-get install -y chromium` (.ci/run does this).',
    );
  }
  return chromium.launch({ ...launchOptions, executablePath });
}

/** Closes the browser if it was launched; safe in an `afterAll` after a failed launch. */
export async function closeBrowser(browser: Browser | undefined): Promise<void> {
  await browser?.close();
}
