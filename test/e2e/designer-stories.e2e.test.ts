import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatViolations, WCAG_TAGS } from './axe';
import { closeBrowser, launchBrowser } from './browser';

// Issue 13: "a Storybook story for the palette, canvas, each inspector, the rule editor, the lint
// panel, the import and publish dialogs; axe runs on each" (and issue 14's Pratiche stories); issue
// 12: "a story for every widget in its states ..., the personal area; axe runs on every story".
// The static Storybook build, served on a free port, each story's iframe in Chromium.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const STATIC = join(ROOT, '.storybook-static');
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

let browser: Browser | undefined;
let server: ReturnType<typeof createServer> | undefined;
let base = '';
let page: Page;
let stories: string[] = [];

/** The part of Storybook's preview channel the test uses. */
interface StoryChannel {
  on(event: string, fn: (storyId: unknown) => void): void;
  off(event: string, fn: (storyId: unknown) => void): void;
  emit(event: string, data: unknown): void;
}

beforeAll(async () => {
  execFileSync('pnpm', ['build-storybook'], {
    cwd: ROOT,
    stdio: 'pipe',
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  const index = JSON.parse(readFileSync(join(STATIC, 'index.json'), 'utf8')) as {
    entries: Record<string, { type: string; id: string }>;
  };
  stories = Object.values(index.entries)
    .filter((e) => e.type === 'story' && /^(designer|backoffice|renderer)-/.test(e.id))
    .map((e) => e.id);
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^\/+/,
      '',
    );
    try {
      const body = readFileSync(join(STATIC, path || 'index.html'));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(20_000);
}, 300_000);

afterAll(async () => {
  await closeBrowser(browser);
  await new Promise((resolve) => server?.close(resolve));
});

describe('designer, back-office and renderer stories: axe (WCAG 2.1 AA) on each', () => {
  it('finds the stories the issues ask for', () => {
    for (const prefix of [
      'designer-kindpalette--',
      'designer-canvas--',
      'designer-inspector--',
      'designer-conditioneditor--',
      'designer-lintpanel--',
      'designer-dialogs--import',
      'designer-dialogs--publish',
      'backoffice-pratiche--inbox',
      'backoffice-pratiche--pratica',
      'backoffice-pratiche--conclude',
      'backoffice-monitoraggio--monitoring',
      'backoffice-monitoraggio--ratings',
      'renderer-personalarea--integration-requested',
      'renderer-personalarea--concluded',
      'renderer-personalarea--term-passed',
      // Issue 12: every widget in its states, each step template, summary, confirmation, exit
      // page, personal area (with "Esci", and the login after a refused code).
      ...['empty', 'filled', 'error', 'disabled', 'read-only-prefilled'].map(
        (state) => `renderer-widgets--codice-fiscale-${state}`,
      ),
      'renderer-widgets--repeatable-read-only-prefilled',
      'renderer-guidedform--privacy-notice',
      'renderer-guidedform--applicant-step-prefilled',
      'renderer-guidedform--step-with-conditions',
      'renderer-guidedform--summary-screen',
      'renderer-guidedform--confirmation-screen',
      'renderer-exitpage--',
      'renderer-personalarea--logged-in',
      'renderer-personalarea--login-code-expired',
    ])
      expect(
        stories.some((s) => s.startsWith(prefix)),
        prefix,
      ).toBe(true);
  });

  it('every designer, back-office and renderer story has no violations', async () => {
    const failures: string[] = [];
    // One page load; each story is then switched to over Storybook's channel (a reload per
    // story costs seconds on a busy machine), and axe is injected once.
    await page.goto(`${base}/iframe.html?id=${stories[0]}&viewMode=story`);
    await page.locator('#storybook-root > *').first().waitFor();
    await page.addScriptTag({ content: axe.source });
    for (const [i, id] of stories.entries()) {
      if (i > 0)
        await page.evaluate(
          (storyId) =>
            new Promise<void>((resolve, reject) => {
              setTimeout(() => reject(new Error(`story ${storyId} did not render in 60 s`)), 60_000);
              const channel = (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: StoryChannel })
                .__STORYBOOK_ADDONS_CHANNEL__;
              // Only this story's render counts: axe must not check the previous one again.
              const done = (rendered: unknown) => {
                if (rendered !== storyId) return;
                channel.off('storyRendered', done);
                resolve();
              };
              channel.on('storyRendered', done);
              channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
            }),
          id,
        );
      await page.locator('#storybook-root > *').first().waitFor();
      // The story's own markup: the iframe's page-level chrome (title, lang) is Storybook's.
      const results = await page.evaluate(
        (tags) =>
          (window as unknown as { axe: typeof axe }).axe.run(
            { include: [['#storybook-root']] },
            { runOnly: tags },
          ),
        WCAG_TAGS,
      );
      const violations = results.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.map(String).join(' ')),
      }));
      if (violations.length > 0) failures.push(formatViolations(id, violations));
    }
    expect(failures, failures.join('\n')).toEqual([]);
  }, 900_000);
});
