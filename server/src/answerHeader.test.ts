import { beforeAll, describe, expect, it } from 'vitest';
import { librarySample, libraryModules } from '@modulo/form-library';
import { createApp } from './app';
import { SECURITY_HEADERS } from './securityHeaders';
import { seedDemo } from './seed/seedDemo';
import { memoryStore } from './testing/memoryStore';
import { servedOnFreePort } from './testing/serveOnFreePort';
import { asCitizen, testAuthenticate } from './testing/testAuthenticate';

// A filing's answer carries its own headers (Location; Idempotent-Replayed on a retry) besides
// the shared ones, whether they went on Node's response (a real port) or on Hono's (app.request).
const store = memoryStore();
const NOW = new Date('2026-03-02T10:00:00Z');
const app = createApp({ store, now: () => NOW, authenticate: testAuthenticate });
const { foto: _foto, ...answers } = librarySample('segnalazione-disservizio');
const citizen = {
  fiscalNumber: String(answers.codiceFiscale),
  givenName: String(answers.nome),
  familyName: String(answers.cognome),
};
const SUBMIT = '/api/entes/montebello/modules/segnalazione-disservizio/submissions';
const init = (key: string): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', 'idempotency-key': key, ...asCitizen(citizen) },
  body: JSON.stringify({ version: '1.0.0', answers }),
});

beforeAll(async () => {
  await seedDemo(store, libraryModules(), NOW);
}, 60_000);

async function expectFilingAnswers(file: (key: string) => Promise<Response>, key: string): Promise<void> {
  const first = await file(key);
  expect(first.status).toBe(201);
  const { pratica } = (await first.json()) as { pratica: { code: string } };
  expect(first.headers.get('location')).toBe(`/api/me/pratiche/${pratica.code}`);
  expect(first.headers.get('idempotent-replayed')).toBeNull();
  expect(first.headers.get('content-type')).toContain('application/json');
  for (const [name, value] of SECURITY_HEADERS) expect(first.headers.get(name), name).toBe(value);

  const again = await file(key);
  expect(again.status).toBe(201);
  expect(((await again.json()) as { pratica: { code: string } }).pratica.code).toBe(pratica.code);
  expect(again.headers.get('location')).toBe(`/api/me/pratiche/${pratica.code}`);
  expect(again.headers.get('idempotent-replayed')).toBe('true');
}

describe('a filing’s own answer headers', () => {
  const served = servedOnFreePort(app);

  it('are on the answer over a real HTTP port (set on Node’s response)', async () => {
    await expectFilingAnswers((key) => fetch(served.base() + SUBMIT, init(key)), 'porta-1');
  });

  it('are the same through app.request() (set on the web Response)', async () => {
    await expectFilingAnswers(async (key) => app.request(SUBMIT, init(key)), 'richiesta-1');
  });

  it('do not leak onto the next answer of the same connection', async () => {
    await fetch(served.base() + SUBMIT, init('porta-2')).then((r) => r.arrayBuffer());
    const next = await fetch(served.base() + '/api/modules');
    await next.arrayBuffer();
    expect(next.headers.get('location')).toBeNull();
    expect(next.headers.get('idempotent-replayed')).toBeNull();
  });
});
