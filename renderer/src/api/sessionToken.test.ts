// @vitest-environment jsdom
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { httpApi } from './httpApi';
import { forgetSession, loginRefusal, sessionToken } from './sessionToken';

// A real HTTP port answering the exchange as the Modulo server does: each code once.
const used = new Set<string>();
const seen: { url: string; body: string; session?: string; csrf?: string }[] = [];
const server = createServer((req, res) => {
  let body = '';
  req.on('data', (c: Buffer) => (body += c.toString()));
  req.on('end', () => {
    const header = (name: string) => req.headers[name] as string | undefined;
    seen.push({ url: req.url!, body, session: header('x-modulo-session'), csrf: header('x-csrf-token') });
    const { code } = JSON.parse(body || '{}') as { code?: string };
    res.setHeader('content-type', 'application/json');
    if (req.method === 'POST' && /\/api\/entes\/montebello\/session-handover$/.test(req.url!) && code) {
      if (!used.has(code) && code.startsWith('ok')) {
        used.add(code);
        return res.end(JSON.stringify({ session: `sess-${code}`, expiresAt: '2026-12-02T12:00:00Z' }));
      }
      const expired = code.startsWith('late');
      res.statusCode = expired ? 410 : 400;
      const refused = expired ? 'handover_expired' : 'handover_invalid';
      return res.end(JSON.stringify({ error: { code: refused, message: 'x', messageEn: 'x' } }));
    }
    if (req.url!.endsWith('/api/me'))
      return res.end(JSON.stringify({ kind: 'citizen', citizen: { sub: 'x' }, csrfToken: 'tok' }));
    if (req.method === 'POST' && req.url!.endsWith('/auth/logout')) return res.end('{"loggedOut":true}');
    res.statusCode = 404;
    res.end('{}');
  });
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('sessionToken', () => {
  it('takes the one-time code out of the address at once, exchanges it and keeps the session for the tab', async () => {
    history.replaceState(null, '', '/servizi/modulo?x=1#modulo-code=ok_DEF-123&modulo-ente=montebello');
    const token = sessionToken(`${base}/a`);
    expect(location.href).toBe(`${location.origin}/servizi/modulo?x=1`);
    await expect(token).resolves.toBe('sess-ok_DEF-123');
    expect(seen.at(-1)).toEqual({
      url: '/a/api/entes/montebello/session-handover',
      body: JSON.stringify({ code: 'ok_DEF-123' }),
    });
    // Every element of the page shares the one exchange; after a reload the tab's storage has it.
    await expect(sessionToken(`${base}/a`)).resolves.toBe('sess-ok_DEF-123');
    expect(seen.filter((s) => s.url.startsWith('/a/'))).toHaveLength(1);
    expect(sessionStorage.getItem(`modulo-session:${base}/a`)).toBe('sess-ok_DEF-123');
    await expect(sessionToken(`${base}/altro`)).resolves.toBeUndefined();
    forgetSession(`${base}/a`);
    await expect(sessionToken(`${base}/a`)).resolves.toBeUndefined();
    expect(sessionStorage.getItem(`modulo-session:${base}/a`)).toBeNull();
  });

  it('keeps nothing when the server refuses the code (used or expired)', async () => {
    history.replaceState(null, '', '/servizi/modulo#modulo-code=spent&modulo-ente=montebello');
    await expect(sessionToken(`${base}/b`)).resolves.toBeUndefined();
    expect(location.hash).toBe('');
    expect(sessionStorage.getItem(`modulo-session:${base}/b`)).toBeNull();
    // Why, for the login prompt.
    await expect(loginRefusal(`${base}/b`)).resolves.toBe('handover_invalid');
    await expect(loginRefusal(`${base}/c0`)).resolves.toBeUndefined();
  });

  it('tells an expired code (410) apart, and forgets why after a logout', async () => {
    history.replaceState(null, '', '/servizi/modulo#modulo-code=late-1&modulo-ente=montebello');
    const api = httpApi(`${base}/e`);
    await api.me();
    await expect(api.loginRefused!()).resolves.toBe('handover_expired');
    forgetSession(`${base}/e`);
    await expect(api.loginRefused!()).resolves.toBeUndefined();
  });

  it('leaves other fragments alone', async () => {
    history.replaceState(null, '', '/pagina#sezione');
    await expect(sessionToken(`${base}/c`)).resolves.toBeUndefined();
    expect(location.hash).toBe('#sezione');
  });

  it('logs out with the header session and the CSRF token, then sends no session', async () => {
    history.replaceState(null, '', '/servizi/modulo#modulo-code=ok-logout&modulo-ente=montebello');
    const api = httpApi(`${base}/d`);
    await api.me();
    await api.logout!();
    const out = seen.find((s) => s.url === '/d/auth/logout')!;
    expect(out).toMatchObject({ session: 'sess-ok-logout', csrf: 'tok' });
    expect(sessionStorage.getItem(`modulo-session:${base}/d`)).toBeNull();
    await api.me();
    expect(seen.at(-1)).toMatchObject({ url: '/d/api/me', session: undefined });
  });
});
