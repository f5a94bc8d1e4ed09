import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { closeBrowser, launchBrowser } from './browser';
import type { RunningServer } from './startServer';
import { startServer } from './startServer';

/** What an e2e test file gets: the running server's URL and fresh pages in real Chromium. */
export interface E2eSession {
  /** Base URL of the running server, e.g. `http://127.0.0.1:41234`. */
  url(): string;
  /** A page in a fresh browser context, with `baseURL` set; closed after the test. */
  newPage(): Promise<Page>;
}

/**
 * Registers the hooks of one e2e file: Chromium and the real server start once, each test gets
 * its own context. A setup error (no Chromium, server crash) is rethrown by every test, so the
 * tests fail with its message instead of being skipped.
 */
export function useE2eSession(): E2eSession {
  let browser: Browser | undefined;
  let server: RunningServer | undefined;
  let setupError: unknown;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    try {
      browser = await launchBrowser();
      server = await startServer();
    } catch (err) {
      setupError = err;
    }
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });
  afterAll(async () => {
    await closeBrowser(browser);
    await server?.stop();
  });

  const ready = () => {
    if (setupError !== undefined) throw setupError;
    if (!browser || !server) throw new Error('The e2e session is used outside a test.');
    return { browser, server };
  };

  return {
    url: () => ready().server.url,
    async newPage() {
      const { browser: b, server: s } = ready();
      const context = await b.newContext({ baseURL: s.url, locale: 'it-IT' });
      contexts.push(context);
      return context.newPage();
    },
  };
}
