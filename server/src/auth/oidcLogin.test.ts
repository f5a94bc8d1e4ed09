import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suiteEnte } from '../storage/storeSuite';
import { CookieJar } from '../testing/cookieJar';
import { demoLogin } from '../testing/demoLogin';
import type { LoginStack } from '../testing/startLoginStack';
import { startLoginStack } from '../testing/startLoginStack';

// The whole login with real processes: the demo identity provider (oidc-provider) and the
// server, each on its own port; the browser is `fetch` with a cookie jar.
let stack: LoginStack;
beforeAll(async () => {
  stack = await startLoginStack([suiteEnte('borgo', 'AOO_B'), suiteEnte('altro', 'AOO_A')]);
}, 60_000);
afterAll(() => stack?.stop());

const me = async (jar: CookieJar) => {
  const res = await jar.fetch(`${stack.server}/api/me`);
  return {
    status: res.status,
    body: (await res.json()) as { kind?: string; csrfToken?: string; [k: string]: unknown },
  };
};

describe('OIDC login against the demo identity provider (real processes)', { timeout: 30_000 }, () => {
  it('logs a citizen in: SPID claims mapped, level from acr, session cookie HttpOnly and Lax', async () => {
    const login = await demoLogin(stack.server, 'ente=borgo&returnTo=/api/me&level=2', 'demo:mario-rossi');
    expect(login.location).toBe(`${stack.server}/api/me`);
    const { status, body } = await me(login.jar);
    expect(status).toBe(200);
    expect(body.kind).toBe('citizen');
    expect(body.citizen).toMatchObject({
      issuer: stack.issuer,
      sub: 'demo:mario-rossi',
      level: 'SpidL2',
      fiscalNumber: 'RSSMRA80A01H501U',
      givenName: 'Mario',
      familyName: 'Rossi',
      birthdate: '1980-01-01',
      email: 'mario.rossi@example.it',
      phoneNumber: '+393331234567',
    });
    expect(body.csrfToken).toMatch(/^[\w-]{43}$/);
  });

  it('sets the session cookie HttpOnly, SameSite=Lax, not Secure on loopback', async () => {
    const jar = new CookieJar();
    const res = await jar.fetch(`${stack.server}/auth/login?returnTo=/`);
    expect(res.status).toBe(302);
    const authorize = new URL(res.headers.get('location')!);
    expect(authorize.origin).toBe(stack.issuer);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('acr_values')).toBe('https://www.spid.gov.it/SpidL2');
    expect(JSON.parse(authorize.searchParams.get('claims')!).userinfo).toHaveProperty([
      'https://attributes.eid.gov.it/fiscal_number',
    ]);
    // The cookie attributes, read from the callback's raw Set-Cookie.
    const login = await demoLogin(stack.server, 'returnTo=/', 'demo:mario-rossi', 'SpidL1');
    const session = login.jar.get(stack.server, 'modulo_session');
    expect(session).toMatch(/^[\w-]{43}$/);
    const raw = await rawSetCookie('demo:mario-rossi');
    expect(raw).toMatch(/^modulo_session=[\w-]{43}; Max-Age=7200; Path=\/; HttpOnly; SameSite=Lax$/);
  });

  it('maps a company’s legal representative: company name, VAT without VATIT-, PEC', async () => {
    const login = await demoLogin(
      stack.server,
      'returnTo=/api/me&level=SpidL3',
      'demo:laura-bianchi',
      'SpidL3',
    );
    const { body } = await me(login.jar);
    expect(body.citizen).toMatchObject({
      level: 'SpidL3',
      fiscalNumber: 'BNCLRA85M52F205I',
      companyName: 'Bianchi Costruzioni S.r.l.',
      vatNumber: '02765430588',
      pec: 'bianchicostruzioni@pec.example.it',
    });
  });

  it('logs staff in through their persona, bound to their ente only', async () => {
    const login = await demoLogin(
      stack.server,
      'kind=staff&ente=borgo&returnTo=/api/me',
      'demo:staff:borgo:mario-rossi',
    );
    const { body } = await me(login.jar);
    expect(body).toMatchObject({
      kind: 'staff',
      staff: {
        enteId: 'borgo',
        id: 'mario-rossi',
        roles: ['operator', 'responsible'],
        offices: ['urp'],
        method: 'oidc',
      },
    });
    const other = await demoLogin(
      stack.server,
      'kind=staff&ente=borgo&returnTo=/api/me',
      'demo:mario-rossi',
    ).catch((e: Error) => e.message);
    expect(other).toMatch(/^login ended with 403: .*"forbidden"/);
  });

  it('hands the session to the embed on the ente’s own site by a one-time code in the fragment, exchanged once for X-Modulo-Session', async () => {
    const page = 'https://www.example.it/servizi/modulo';
    const site = { origin: 'https://www.example.it' };
    const login = await demoLogin(
      stack.server,
      `ente=borgo&returnTo=${encodeURIComponent(page)}`,
      'demo:mario-rossi',
    );
    const back = new URL(login.location);
    expect(back.origin + back.pathname).toBe(page);
    const code = /^#modulo-code=([\w-]{43})&modulo-ente=borgo$/.exec(back.hash)?.[1];
    expect(code, back.hash).toBeDefined();
    // The address carries the code, never the session itself.
    expect(back.hash).not.toContain(login.jar.get(stack.server, 'modulo_session')!);
    const exchange = (ente: string, headers: Record<string, string> = site) =>
      fetch(`${stack.server}/api/entes/${ente}/session-handover`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ code }),
      });
    const preflight = await fetch(`${stack.server}/api/entes/borgo/session-handover`, {
      method: 'OPTIONS',
      headers: { ...site, 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe(site.origin);
    const exchanged = await exchange('borgo');
    expect(exchanged.status).toBe(200);
    expect(exchanged.headers.get('access-control-allow-origin')).toBe(site.origin);
    const secret = ((await exchanged.json()) as { session: string }).session;
    expect(secret).toBe(login.jar.get(stack.server, 'modulo_session'));
    const replay = await exchange('borgo');
    expect(replay.status).toBe(400);
    expect(((await replay.json()) as { error: { code: string } }).error.code).toBe('handover_invalid');
    // From that site, without the (third-party) cookie.
    const headers = { 'X-Modulo-Session': secret, ...site };
    const res = await fetch(`${stack.server}/api/me`, { headers });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://www.example.it');
    expect(((await res.json()) as { citizen: { sub: string } }).citizen.sub).toBe('demo:mario-rossi');
    // A code for borgo's site is refused by another ente's API.
    const again = await demoLogin(
      stack.server,
      `ente=borgo&returnTo=${encodeURIComponent(page)}`,
      'demo:mario-rossi',
    );
    const otherCode = /modulo-code=([\w-]+)/.exec(new URL(again.location).hash)![1]!;
    const wrong = await fetch(`${stack.server}/api/entes/altro/session-handover`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: otherCode }),
    });
    expect(wrong.status).toBe(403);
    expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe('handover_wrong_ente');
    // A return to the server itself carries nothing in the address; a staff session never travels as a header.
    const same = await demoLogin(stack.server, 'ente=borgo&returnTo=/api/me', 'demo:mario-rossi');
    expect(same.location).toBe(`${stack.server}/api/me`);
    const staff = await demoLogin(
      stack.server,
      'kind=staff&ente=borgo&returnTo=/api/me',
      'demo:staff:borgo:mario-rossi',
    );
    const staffSecret = staff.jar.get(stack.server, 'modulo_session')!;
    const asHeader = await fetch(`${stack.server}/api/me`, { headers: { 'X-Modulo-Session': staffSecret } });
    expect(asHeader.status).toBe(401);
  });

  it('logs out: the session is gone from the store, the cookie cleared', async () => {
    const login = await demoLogin(stack.server, 'returnTo=/', 'demo:mario-rossi');
    const { body } = await me(login.jar);
    const noToken = await login.jar.fetch(`${stack.server}/auth/logout`, { method: 'POST' });
    expect(noToken.status).toBe(403);
    const out = await login.jar.fetch(`${stack.server}/auth/logout`, {
      method: 'POST',
      headers: { 'x-csrf-token': body.csrfToken! },
    });
    expect(out.status).toBe(200);
    expect(login.jar.get(stack.server, 'modulo_session')).toBeUndefined();
    expect((await me(login.jar)).status).toBe(401);
  });

  it('logs an embed on the ente’s site out with its header session (no cookie there): that session ends', async () => {
    const page = 'https://www.example.it/servizi/modulo';
    const site = { origin: 'https://www.example.it' };
    const login = await demoLogin(
      stack.server,
      `ente=borgo&returnTo=${encodeURIComponent(page)}`,
      'demo:mario-rossi',
    );
    const code = /modulo-code=([\w-]+)/.exec(new URL(login.location).hash)![1]!;
    const exchanged = await fetch(`${stack.server}/api/entes/borgo/session-handover`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...site },
      body: JSON.stringify({ code }),
    });
    const header = { 'X-Modulo-Session': ((await exchanged.json()) as { session: string }).session };
    const mine = await fetch(`${stack.server}/api/me`, { headers: { ...header, ...site } });
    const { csrfToken } = (await mine.json()) as { csrfToken: string };
    const preflight = await fetch(`${stack.server}/auth/logout`, {
      method: 'OPTIONS',
      headers: { ...site, 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe(site.origin);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/X-Modulo-Session/);
    const noToken = await fetch(`${stack.server}/auth/logout`, {
      method: 'POST',
      headers: { ...header, ...site },
    });
    expect(noToken.status).toBe(403);
    const out = await fetch(`${stack.server}/auth/logout`, {
      method: 'POST',
      headers: { ...header, ...site, 'x-csrf-token': csrfToken },
    });
    expect(out.status).toBe(200);
    expect(out.headers.get('access-control-allow-origin')).toBe(site.origin);
    expect((await fetch(`${stack.server}/api/me`, { headers: { ...header, ...site } })).status).toBe(401);
    // The cookie the login also set (first party on the server) named the same session: gone too.
    expect((await me(login.jar)).status).toBe(401);
    // Another site may not log anyone out.
    const evil = await fetch(`${stack.server}/auth/logout`, {
      method: 'POST',
      headers: { ...header, origin: 'https://evil.example.org', 'x-csrf-token': csrfToken },
    });
    expect(evil.status).toBe(403);
  });

  it('refuses a replayed callback, an open redirect and an unknown ente', async () => {
    const jar = new CookieJar();
    const replay = await jar.fetch(`${stack.server}/auth/callback?code=x&state=never-issued`);
    expect(replay.status).toBe(400);
    expect(((await replay.json()) as { error: { code: string } }).error.code).toBe('login_failed');
    const open = await jar.fetch(`${stack.server}/auth/login?returnTo=https://evil.example/`);
    expect(open.status).toBe(400);
    expect(((await open.json()) as { error: { code: string } }).error.code).toBe('invalid_return_to');
    const ente = await jar.fetch(`${stack.server}/auth/login?ente=nessuno`);
    expect(ente.status).toBe(404);
  });

  it('labels every page of the provider "Identità di prova — non SPID", presetting the asked level', async () => {
    const jar = new CookieJar();
    let url = `${stack.server}/auth/login?level=3`;
    let res = await jar.fetch(url);
    while (res.status >= 300 && res.status < 400) {
      url = new URL(res.headers.get('location')!, url).href;
      res = await jar.fetch(url);
    }
    const page = await res.text();
    expect(page).toContain('Identità di prova — non SPID');
    expect(page).toMatch(/<option value="SpidL3"\s+selected/);
    expect(page).toContain('/assets/bootstrap-italia/bootstrap-italia.min.css');
    const home = await (await fetch(`${stack.issuer}/`)).text();
    expect(home).toContain('Identità di prova — non SPID');
  });
});

/** The raw Set-Cookie of the callback that opens a session. */
async function rawSetCookie(persona: string): Promise<string> {
  const jar = new CookieJar();
  const original = jar.fetch.bind(jar);
  let raw = '';
  jar.fetch = async (url, init) => {
    const res = await original(url, init);
    if (new URL(url).pathname === '/auth/callback') raw = res.headers.getSetCookie()[0] ?? '';
    return res;
  };
  await demoLogin(stack.server, 'returnTo=/', persona, 'SpidL2', jar);
  return raw;
}
