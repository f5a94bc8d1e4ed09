import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { randomSecret, sha256Hex } from '../auth/sessionCookie';
import { issueHandover } from '../auth/sessionHandover';
import { suiteEnte } from '../storage/storeSuite';
import { testApp } from '../testing/testApp';

// The exchange on the real app and a real SQLite file, with a clock the test moves; the whole
// login that issues the code runs against real processes in `auth/oidcLogin.test.ts`.
const t = testApp(new Date('2026-12-02T10:00:00Z'));
await t.store.entes.put(suiteEnte('borgo', 'AOO_B'));
await t.store.entes.put(suiteEnte('altro', 'AOO_A'));

/** A citizen session (as the login callback opens it) and a code handing it to `ente`'s site. */
async function loggedIn(ente = 'borgo', ttlSeconds?: number) {
  const secret = randomSecret();
  const now = t.clock.now;
  await t.store.identity.createSession({
    id: sha256Hex(secret),
    kind: 'citizen',
    subject: { sub: 'demo:mario-rossi', fiscalNumber: 'RSSMRA80A01H501U' },
    csrfToken: 'csrf',
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + 7_200_000).toISOString(),
  });
  return { secret, code: await issueHandover(t.store.identity, now, ente, secret, ttlSeconds) };
}
const exchange = (ente: string, code: string) =>
  t.request(`/api/entes/${ente}/session-handover`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'https://www.example.it' },
    body: JSON.stringify({ code }),
  });
const refusal = async (res: Response) => [
  res.status,
  ((await res.json()) as { error: { code: string } }).error.code,
];

describe('POST /api/entes/{ente}/session-handover', () => {
  it('gives the session once, with the ente’s CORS; a replay is refused', async () => {
    const { secret, code } = await loggedIn();
    // Only the code's hash is stored, and the session is not readable from the row.
    const db = new Database(t.file, { readonly: true });
    const row = JSON.stringify(db.prepare('SELECT * FROM session_handovers').all());
    db.close();
    expect(row).toContain(sha256Hex(code));
    expect(row).not.toContain(code);
    expect(row).not.toContain(secret);
    const res = await exchange('borgo', code);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://www.example.it');
    expect(await res.json()).toEqual({ session: secret, expiresAt: '2026-12-02T12:00:00.000Z' });
    expect(await refusal(await exchange('borgo', code))).toEqual([400, 'handover_invalid']);
    expect(await refusal(await exchange('borgo', 'made-up'))).toEqual([400, 'handover_invalid']);
  });

  it('refuses an expired code (60 s) and a code of another ente, and either is spent', async () => {
    const late = await loggedIn();
    t.clock.now = new Date(t.clock.now.getTime() + 60_000);
    expect(await refusal(await exchange('borgo', late.code))).toEqual([410, 'handover_expired']);
    expect(await refusal(await exchange('borgo', late.code))).toEqual([400, 'handover_invalid']);
    const elsewhere = await loggedIn('borgo');
    const other = await t.request('/api/entes/altro/session-handover', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: elsewhere.code }),
    });
    expect(await refusal(other)).toEqual([403, 'handover_wrong_ente']);
    expect(await refusal(await exchange('borgo', elsewhere.code))).toEqual([400, 'handover_invalid']);
  });

  it('lasts what the server is configured for (HANDOVER_TTL_SECONDS, the e2e test of an expired code)', async () => {
    const short = await loggedIn('borgo', 5);
    t.clock.now = new Date(t.clock.now.getTime() + 4_000);
    expect((await exchange('borgo', short.code)).status).toBe(200);
    const late = await loggedIn('borgo', 5);
    t.clock.now = new Date(t.clock.now.getTime() + 5_000);
    expect(await refusal(await exchange('borgo', late.code))).toEqual([410, 'handover_expired']);
  });

  it('refuses a code whose session ended meanwhile, and a site the ente did not allow', async () => {
    const { secret, code } = await loggedIn();
    await t.store.identity.deleteSession(sha256Hex(secret));
    expect(await refusal(await exchange('borgo', code))).toEqual([400, 'handover_invalid']);
    const fresh = await loggedIn();
    const res = await t.request('/api/entes/borgo/session-handover', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example.org' },
      body: JSON.stringify({ code: fresh.code }),
    });
    expect(await refusal(res)).toEqual([403, 'origin_not_allowed']);
  });
});
