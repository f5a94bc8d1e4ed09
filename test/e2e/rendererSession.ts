import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import axe from 'axe-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Module } from '@modulo/form-model';
import { formatViolations, WCAG_TAGS } from './axe';
import { closeBrowser, launchBrowser } from './browser';
import { overflowAt320 } from './pageChecks';
import type { RendererFixture } from './rendererFixture';
import { startRendererFixture } from './rendererFixture';

const RENDERER = fileURLToPath(new URL('../../renderer', import.meta.url));

function newest(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { withFileTypes: true }).map((e) =>
      e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs,
    ),
  );
}

/** Builds renderer/dist when it is missing or older than the renderer's sources. */
export function ensureEmbedBuilt(): void {
  const script = join(RENDERER, 'dist', 'modulo-embed.js');
  const css = join(RENDERER, 'dist', 'modulo.css');
  if (existsSync(script) && existsSync(css) && statSync(script).mtimeMs > newest(join(RENDERER, 'src')))
    return;
  // Not tsx's --tsconfig of the caller (the bench's): relative, it breaks the build's own tsx.
  // Nor vitest's NODE_ENV=test: Vite would build Preact's development code (120.2 instead of
  // 116.8 KB gzip on 2026-12-03), and the tests would check an embed no Comune is served.
  const { TSX_TSCONFIG_PATH: _, NODE_ENV: __, ...env } = process.env;
  execFileSync('pnpm', ['--filter', '@modulo/renderer', 'build'], {
    cwd: join(RENDERER, '..'),
    stdio: 'pipe',
    env,
  });
}

export interface RendererSession {
  fixture(): RendererFixture;
  /** A page in a fresh context; CSP violations and page errors are collected in `problems`. */
  newPage(): Promise<Page & { problems: string[] }>;
}

/** Chromium plus the fixture API and a host site of another origin, once per file. */
export function useRendererSession(
  modules: () => readonly Module[],
  identity: Record<string, unknown> | null = IDENTITY,
): RendererSession {
  let browser: Browser | undefined;
  let fixture: RendererFixture | undefined;
  let setupError: unknown;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    try {
      ensureEmbedBuilt();
      browser = await launchBrowser();
      fixture = await startRendererFixture({ modules: modules(), identity });
    } catch (e) {
      setupError = e;
    }
  }, 120_000);
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });
  afterAll(async () => {
    await closeBrowser(browser);
    await fixture?.stop();
  });
  const ready = () => {
    if (setupError !== undefined) throw setupError;
    return { browser: browser!, fixture: fixture! };
  };
  return {
    fixture: () => ready().fixture,
    async newPage() {
      const context = await ready().browser.newContext({ locale: 'it-IT' });
      contexts.push(context);
      const page = (await context.newPage()) as Page & { problems: string[] };
      page.problems = [];
      page.setDefaultTimeout(8_000);
      page.on('console', (m) => {
        if (m.type() === 'error') page.problems.push(m.text());
      });
      page.on('pageerror', (e) => page.problems.push(e.message));
      return page;
    },
  };
}

/** The SPID identity the fixture's /api/me returns. */
export const IDENTITY = {
  fiscalNumber: 'RSSMRA85T10A562S',
  givenName: 'Mario',
  familyName: 'Rossi',
  birthdate: '1985-12-10',
  email: 'mario.rossi@example.it',
};

/**
 * axe-core (WCAG 2.1 A/AA) and the 320 px reflow check on a page whose CSP forbids inline
 * scripts: axe is evaluated through the DevTools protocol, which the page's CSP does not
 * govern, instead of `addScriptTag`. axe walks open shadow roots.
 */
export async function expectAccessible(page: Page): Promise<void> {
  await page.evaluate(axe.source);
  const results = await page.evaluate(
    (tags) => (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: tags }),
    WCAG_TAGS,
  );
  const violations = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.map(String).join(' ')),
  }));
  expect(violations, formatViolations(page.url(), violations)).toEqual([]);
  expect(await overflowAt320(page), `horizontal scroll at 320 px on ${page.url()}`).toEqual([]);
  expect(await shadowOverflow(page), `horizontal scroll at 320 px inside the form on ${page.url()}`).toEqual(
    [],
  );
}

/** Elements inside open shadow roots wider than the 320 px viewport (WCAG 1.4.10 reflow). */
async function shadowOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('*')]
      .flatMap((host) => (host.shadowRoot ? [...host.shadowRoot.querySelectorAll('*')] : []))
      .filter(
        (e) => e.getBoundingClientRect().right > width + 0.5 && getComputedStyle(e).position !== 'absolute',
      )
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${(e.textContent ?? '').trim().slice(0, 40)}`);
  });
}
