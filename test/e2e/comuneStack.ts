import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { closeBrowser, launchBrowser } from './browser';
import type { ComuneSite } from './comuneSite';
import { startComuneSite } from './comuneSite';
import { ensureEmbedBuilt } from './rendererSession';
import type { RunningServer } from './startServer';
import { startServer } from './startServer';

/** Chromium, a Comune's own site, and the real server (demo identity provider, a fresh SQLite file). */
export interface ComuneStack {
  browser: Browser;
  comune: ComuneSite;
  server: RunningServer;
  /** Stops all three and removes the data directory. */
  stop(): Promise<void>;
}

/**
 * Builds the embed if needed, then starts the browser, `ente`'s site and the server that lists the
 * site in `EMBED_ORIGINS` (plus `env`). The server transpiles and seeds on start: ~30 s on a loaded
 * 2-core machine. What started is stopped again if a later part fails.
 */
export async function startComuneStack(
  ente: string,
  tmpPrefix: string,
  env: Record<string, string> = {},
): Promise<ComuneStack> {
  ensureEmbedBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), tmpPrefix));
  let browser: Browser | undefined;
  let comune: ComuneSite | undefined;
  let server: RunningServer | undefined;
  const stop = async () => {
    await closeBrowser(browser);
    await server?.stop();
    await comune?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    browser = await launchBrowser();
    comune = await startComuneSite(ente, () => server!.url);
    server = await startServer(150_000, { DATA_DIR: dataDir, EMBED_ORIGINS: comune.origin, ...env });
    return { browser, comune, server, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
