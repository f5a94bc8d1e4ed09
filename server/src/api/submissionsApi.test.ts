import { beforeAll, describe, expect, it } from 'vitest';
import { librarySample, libraryModules } from '@modulo/form-library';
import { createApp } from '../app';
import { seedDemo } from '../seed/seedDemo';
import { asCitizen, testAuthenticate } from '../testing/testAuthenticate';
import { memoryStore } from '../testing/memoryStore';

const store = memoryStore();
const NOW = new Date('2026-03-02T10:00:00Z');
const app = createApp({ store, now: () => NOW, authenticate: testAuthenticate });
const sample = librarySample('segnalazione-disservizio');
const citizen = {
  issuer: 'test',
  sub: String(sample.codiceFiscale),
  level: 'SpidL2' as const,
  fiscalNumber: String(sample.codiceFiscale),
  givenName: String(sample.nome),
  familyName: String(sample.cognome),
};
const URL_ = '/api/entes/montebello/modules/segnalazione-disservizio/submissions';

interface Answer {
  pratica: {
    code: string;
    protocol: { number: number; year: number; date: string; segnatura: string };
    office: { name: string };
    responsible: { name: string };
    deadline: string;
    hash: string;
    attachments: { name: string; mediaType: string; size: number; sha256: string }[];
  };
}
interface ErrorAnswer {
  error: {
    code: string;
    message: string;
    messageEn: string;
    path?: string;
    details?: { code: string; path: string }[];
  };
}

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const post = (body: unknown, headers: Record<string, string> = {}) =>
  app.request(URL_, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...asCitizen(citizen), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const upload = (bytes: Uint8Array, name = 'foto.png', field = 'foto') =>
  app.request(`/api/entes/montebello/uploads?module=segnalazione-disservizio&field=${field}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      'x-filename': encodeURIComponent(name),
      ...asCitizen(citizen),
    },
    body: bytes,
  });
const { foto: _foto, ...withoutFoto } = sample;
const valid = { version: '1.0.0', answers: withoutFoto };

let filedBefore = 0;
beforeAll(async () => {
  await seedDemo(store, libraryModules(), NOW);
  filedBefore = await store.pratiche.count();
}, 60_000);

describe('filing a submission', () => {
  it('seeds the demo Unione, its two Comuni and a few pratiche with an intact chain', async () => {
    const entes = (await (await app.request('/api/entes')).json()) as {
      entes: { id: string; members: string[] }[];
    };
    expect(entes.entes.map((e) => e.id)).toEqual(['unione-valle-savio', 'montebello', 'roccafiorita']);
    expect(entes.entes[0]?.members).toEqual(['montebello', 'roccafiorita']);
    expect(filedBefore).toBe(5);
    expect(await store.pratiche.verifyChain()).toEqual({ ok: true, entries: 5 });
    const statuses = (await store.pratiche.list('montebello')).map((p) => p.status).sort();
    expect(statuses).toEqual(['in_charge', 'integration_requested', 'presented']);
  });

  it('files with protocol number, office, responsible, deadline and receipt link', async () => {
    const up = await upload(PNG, '..\\foto\u202Egnp.exe');
    expect(up.status).toBe(201);
    const file = (await up.json()) as { id: string; name: string; type: string; size: number };
    expect(file).toMatchObject({ name: 'fotognp.exe.png', type: 'image/png', size: PNG.byteLength });
    const res = await post({ ...valid, attachments: { foto: [file.id] } }, { 'idempotency-key': 'first' });
    expect(res.status).toBe(201);
    const body = (await res.json()) as Answer;
    const p = body.pratica;
    const montebelloBefore = (await store.pratiche.list('montebello')).length - 1;
    expect(p.protocol).toMatchObject({ year: 2026, date: '2026-03-02', number: montebelloBefore + 1 });
    expect(p.protocol.segnatura).toMatch(/^c_x001 AOO_MTB \d{7} del 02\/03\/2026$/);
    expect(p.code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(p.office.name).toBe('Ufficio Relazioni con il Pubblico');
    expect(p.responsible.name).toBe('Chiara Fontana');
    expect(p.deadline).toBe('2026-04-01');
    expect(p.attachments).toEqual([
      expect.objectContaining({ name: 'fotognp.exe.png', mediaType: 'image/png' }),
    ]);
    // A retry with the same key answers the first pratica again; no number is used.
    const again = await post({ ...valid, attachments: { foto: [file.id] } }, { 'idempotency-key': 'first' });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(((await again.json()) as Answer).pratica.code).toBe(p.code);
    const verify = (await (await app.request(`/api/verify/${p.code}?hash=${p.hash}`)).json()) as {
      valid: boolean;
    };
    expect(verify.valid).toBe(true);
    const wrong = (await (await app.request(`/api/verify/${p.code}?hash=${'0'.repeat(64)}`)).json()) as {
      valid: boolean;
      hashMatches: boolean;
    };
    expect(wrong).toMatchObject({ valid: false, hashMatches: false });
    expect(await store.pratiche.verifyChain()).toMatchObject({ ok: true });
  });

  const bad: [string, () => Response | Promise<Response>, number, string][] = [
    ['malformed JSON', () => post('{"version": '), 400, 'invalid_json'],
    [
      'wrong content type',
      () =>
        app.request(URL_, {
          method: 'POST',
          headers: { 'content-type': 'text/plain', ...asCitizen(citizen) },
          body: 'x',
        }),
      415,
      'unsupported_media_type',
    ],
    [
      'no login',
      () =>
        app.request(URL_, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(valid),
        }),
      401,
      'unauthenticated',
    ],
    ['missing version', () => post({ answers: {} }), 400, 'invalid_request'],
    [
      'unknown ente',
      () =>
        app.request('/api/entes/nessuno/modules/segnalazione-disservizio/submissions', {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...asCitizen(citizen) },
          body: JSON.stringify(valid),
        }),
      404,
      'ente_not_found',
    ],
    [
      'module of another ente',
      () =>
        app.request('/api/entes/montebello/modules/manifestazione-pubblica/submissions', {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...asCitizen(citizen) },
          body: JSON.stringify(valid),
        }),
      404,
      'module_not_found',
    ],
    ['unknown version', () => post({ ...valid, version: '9.9.9' }), 404, 'version_not_found'],
    [
      'schema errors',
      () => post({ version: '1.0.0', answers: { ...withoutFoto, email: 'non-una-email' } }),
      422,
      'invalid_submission',
    ],
    [
      'someone else’s fiscal code',
      () => post({ version: '1.0.0', answers: { ...withoutFoto, codiceFiscale: 'BNCLRD85T10A944S' } }),
      422,
      'invalid_submission',
    ],
    [
      'an attachment that was never uploaded',
      () => post({ ...valid, attachments: { foto: ['nope'] } }),
      404,
      'upload_not_found',
    ],
    [
      'an attachment field that does not exist',
      () => post({ ...valid, attachments: { nome: 'x' } }),
      422,
      'invalid_attachment',
    ],
    [
      'a single id where a list is due',
      () => post({ ...valid, attachments: { foto: 'x' } }),
      422,
      'invalid_attachment',
    ],
  ];
  it.each(bad)('refuses %s with a coded 4xx, storing nothing', async (_name, send, status, code) => {
    const before = await store.pratiche.count();
    const res = await send();
    const body = (await res.json()) as ErrorAnswer;
    expect({ status: res.status, code: body.error.code }).toEqual({ status, code });
    expect(body.error.message.length).toBeGreaterThan(5);
    expect(body.error.messageEn.length).toBeGreaterThan(5);
    expect(await store.pratiche.count()).toBe(before);
  });

  it('gives each schema error its JSON path, Italian message and English code', async () => {
    const res = await post({ version: '1.0.0', answers: { ...withoutFoto, email: 'x' } });
    const body = (await res.json()) as ErrorAnswer;
    expect(body.error.details).toEqual([
      expect.objectContaining({ path: '/email', code: expect.any(String) }),
    ]);
  });

  it('refuses an upload whose content is not an accepted type, or too big', async () => {
    const exe = await upload(new TextEncoder().encode('MZ\x90\x00 this is a program'), 'foto.png');
    expect(exe.status).toBe(415);
    const huge = await upload(new Uint8Array(30 * 2 ** 20), 'big.png');
    expect(huge.status).toBe(413);
  });

  it('refuses identity data that differs from the login', async () => {
    const other = { ...citizen, fiscalNumber: 'BNCLRD85T10A944S' };
    const res = await app.request(URL_, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...asCitizen(other) },
      body: JSON.stringify(valid),
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as ErrorAnswer).error.details?.[0]?.path).toBe('/codiceFiscale');
  });

  it('refuses an archived module, and an expired upload', async () => {
    const up = (await (await upload(PNG)).json()) as { id: string };
    const later = createApp({
      store,
      now: () => new Date(NOW.getTime() + 2 * 86_400_000),
      authenticate: testAuthenticate,
    });
    const expired = await later.request(URL_, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...asCitizen(citizen) },
      body: JSON.stringify({ ...valid, attachments: { foto: [up.id] } }),
    });
    expect(expired.status).toBe(410);
    await store.modules.archive('roccafiorita', 'segnalazione-disservizio');
    const archived = await app.request(
      '/api/entes/roccafiorita/modules/segnalazione-disservizio/submissions',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...asCitizen(citizen) },
        body: JSON.stringify(valid),
      },
    );
    expect(archived.status).toBe(409);
  });
});
