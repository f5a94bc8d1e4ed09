import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { openSqliteStore } from '../storage/sqlite/openSqliteStore';
import { authEnte } from '../testing/authFixture';
import { LOGIN_LIMITS } from './loginRateLimit';
import { hashPassword } from './password';

const store = openSqliteStore(':memory:');
const app = createApp({ store });
const login = (body: Record<string, string>) =>
  // Served on a real host name, not localhost: the cookie must be Secure.
  app.request('https://servizi.borgo.example.it/auth/staff/password', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  await store.entes.put(authEnte('borgo'));
  for (const id of ['ada', 'oscar'])
    await store.identity.putStaffCredential({
      enteId: 'borgo',
      staffId: id,
      username: id,
      passwordHash: await hashPassword(`${id}-secret`, { N: 1024 }),
    });
});

describe('staff password login', { timeout: 30_000 }, () => {
  it('opens a staff session: cookie, roles from the directory, a CSRF token that writes need', async () => {
    const res = await login({ ente: 'borgo', username: 'ada', password: 'ada-secret' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { staff: { roles: string[] }; csrfToken: string };
    expect(body.staff.roles).toEqual(['admin']);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(
      /^modulo_session=[\w-]{43}; Max-Age=28800; Path=\/; HttpOnly; Secure; SameSite=Lax$/,
    );
    const session = { cookie: cookie.split(';')[0]! };
    const me = (await (await app.request('/api/me', { headers: session })).json()) as { kind: string };
    expect(me.kind).toBe('staff');
    const create = (headers: Record<string, string>) =>
      app.request('/api/entes/borgo/admin/tokens', {
        method: 'POST',
        headers: { ...session, 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ name: 'Gestionale', scopes: ['pratiche:read'] }),
      });
    expect((await create({})).status).toBe(403);
    expect((await create({ 'x-csrf-token': 'wrong' })).status).toBe(403);
    const created = await create({ 'x-csrf-token': body.csrfToken });
    expect(created.status).toBe(201);
    const { secret, token } = (await created.json()) as { secret: string; token: { id: string } };
    expect(secret).toMatch(/^mdl_[\w-]{43}$/);
    // Shown once: the list never carries it, the store keeps only its hash.
    const list = await (await app.request('/api/entes/borgo/admin/tokens', { headers: session })).text();
    expect(list).not.toContain(secret.slice(4));
    const read = () =>
      app.request('/api/entes/borgo/pratiche', { headers: { authorization: `Bearer ${secret}` } });
    expect((await read()).status).toBe(200);
    const listed = (await (
      await app.request('/api/entes/borgo/admin/tokens', { headers: session })
    ).json()) as {
      tokens: { lastUsedAt?: string }[];
    };
    expect(listed.tokens[0]!.lastUsedAt).toBeDefined();
    const revoke = await app.request(`/api/entes/borgo/admin/tokens/${token.id}`, {
      method: 'DELETE',
      headers: { ...session, 'x-csrf-token': body.csrfToken },
    });
    expect(revoke.status).toBe(200);
    expect((await read()).status).toBe(401);
  });

  it('refuses a wrong password or an unknown user with the same answer', async () => {
    for (const attempt of [
      { ente: 'borgo', username: 'oscar', password: 'nope' },
      { ente: 'borgo', username: 'nobody', password: 'nope' },
      { ente: 'altro', username: 'oscar', password: 'oscar-secret' },
    ]) {
      const res = await login(attempt);
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid_credentials');
    }
  });

  it('rate-limits failed logins per account, counted in the store (a new app on it still refuses)', async () => {
    for (let i = 0; i < LOGIN_LIMITS.perAccount; i++)
      await login({ ente: 'borgo', username: 'ada', password: `wrong-${i}` });
    const blocked = await login({ ente: 'borgo', username: 'ada', password: 'ada-secret' });
    expect(blocked.status).toBe(429);
    expect(((await blocked.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
    const restarted = createApp({ store });
    const again = await restarted.request('/auth/staff/password', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ente: 'borgo', username: 'ada', password: 'ada-secret' }),
    });
    expect(again.status).toBe(429);
    // Another account is not blocked by ada's failures.
    expect((await login({ ente: 'borgo', username: 'oscar', password: 'oscar-secret' })).status).toBe(200);
  });
});
