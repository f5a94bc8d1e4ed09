import { describe, expect, it } from 'vitest';
import { useE2eSession } from './e2eSession';
import { expectNoA11yViolations, expectVisibleFocus, tabTo } from './expectations';

// `npm start` runs the demo identity provider in the server's process, on its own port: the
// login below goes through both in Chromium, as a newcomer would try it.
const session = useE2eSession();

describe('demo login in Chromium', () => {
  it('the demo provider’s login page is labelled "non SPID", styled, and has no axe violations', async () => {
    const page = await session.newPage();
    await page.goto('/auth/login?returnTo=/api/me&level=2');
    await page.waitForURL(/\/interaction\//);
    expect(await page.locator('h1').innerText()).toBe('Accedi con un’identità di prova');
    expect(await page.locator('.demo-notice').innerText()).toContain('Identità di prova — non SPID');
    expect(await page.locator('#level').inputValue()).toBe('SpidL2');
    const font = await page.locator('h1').evaluate((h) => getComputedStyle(h).fontFamily);
    expect(font).toContain('Titillium Web');
    await expectNoA11yViolations(page);
  });

  it('keyboard only: choose a persona and a level, log in, land on returnTo with a session', async () => {
    const page = await session.newPage();
    await page.goto('/auth/login?returnTo=/api/me&level=1');
    await page.waitForURL(/\/interaction\//);
    await tabTo(page, 'the persona select', (f) => f.id === 'persona', 10);
    await expectVisibleFocus(page);
    await page.locator('#persona').selectOption('demo:laura-bianchi');
    await page.locator('#level').selectOption('SpidL3');
    await Promise.all([page.waitForURL('**/api/me'), page.locator('button[type=submit]').first().press('Enter')]);
    const me = JSON.parse(await page.locator('body').innerText()) as {
      kind: string;
      citizen: { fiscalNumber: string; level: string; vatNumber: string };
    };
    expect(me.kind).toBe('citizen');
    expect(me.citizen).toMatchObject({ fiscalNumber: 'BNCLRA85M52F205I', level: 'SpidL3', vatNumber: '02765430588' });
    const cookies = await page.context().cookies();
    const sessionCookie = cookies.find((c) => c.name === 'modulo_session');
    expect(sessionCookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  });
});
