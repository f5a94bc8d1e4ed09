import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { getLibraryModule } from '@modulo/form-library';
import { EMBED_BUDGET_BYTES } from '../../renderer/src/embed/embedBudget';
import { expectAccessible, useRendererSession } from './rendererSession';

const session = useRendererSession(() => [getLibraryModule('segnalazione-disservizio')!]);

describe('the embed on a Comune page of another origin', () => {
  it('weighs at most 120 KB min+gzip (the build fails over it too)', () => {
    // The script and StepForm's chunk, loaded after the first screen.
    const dist = new URL('../../renderer/dist/', import.meta.url);
    const files = readdirSync(dist).filter((f) => f.endsWith('.js'));
    expect(files).toContain('modulo-embed.js');
    const bytes = files.reduce(
      (sum, f) => sum + gzipSync(readFileSync(new URL(f, dist)), { level: 9 }).length,
      0,
    );
    expect(bytes).toBeLessThanOrEqual(EMBED_BUDGET_BYTES);
  });

  it("works under script-src 'self' <server>: renders in its shadow root, validates with the precompiled module", async () => {
    const page = await session.newPage();
    const f = session.fixture();
    const response = await page.goto(f.pageFor('segnalazione-disservizio'));
    expect(response!.headers()['content-security-policy']).toBe(
      `script-src 'self' ${f.server}; object-src 'none'; base-uri 'none'`,
    );
    expect(new URL(f.host).origin).not.toBe(new URL(f.server).origin);
    const form = page.locator('modulo-form');
    await expect(form.locator('h2').textContent()).resolves.toBe(
      'Informativa sul trattamento dei dati personali',
    );
    await expectAccessible(page);
    // Styles stay inside: the host's body font is not the form's.
    const fonts = await page.evaluate(() => {
      const el = document.querySelector('modulo-form')!.shadowRoot!.querySelector('.modulo-form')!;
      return [getComputedStyle(document.body).fontFamily, getComputedStyle(el).fontFamily];
    });
    expect(fonts[1]).toContain('Titillium Web');
    expect(fonts[0]).not.toContain('Titillium Web');

    await form.getByText('Avanti').click();
    await expect(form.locator('.modulo-error-summary').textContent()).resolves.toContain('informativa');
    await form.getByText('Ho letto e compreso').click();
    await form.getByText('Avanti').click();
    await expect(form.locator('h2').textContent()).resolves.toBe('Chi segnala');
    await expect(form.getByLabel('Codice fiscale').inputValue()).resolves.toBe('RSSMRA85T10A562S');
    await form.getByText('Avanti').click();
    // Errors come from the server's precompiled validator module (no eval under this CSP).
    await form.getByText('Avanti').click();
    await expect(form.locator('.modulo-error-summary').textContent()).resolves.toContain('obbligatorio');
    expect(page.problems.filter((p) => /Content Security Policy|unsafe-eval/i.test(p))).toEqual([]);
    // The only console noise allowed: the 404 of "no draft saved" (GET .../draft).
    expect(page.problems.filter((p) => !p.includes('status of 404'))).toEqual([]);
  });
});
