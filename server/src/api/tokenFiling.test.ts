import { beforeAll, describe, expect, it } from 'vitest';
import { librarySample, libraryModules } from '@modulo/form-library';
import { createApp } from '../app';
import { randomSecret, sha256Hex } from '../auth/sessionCookie';
import { seedDemo } from '../seed/seedDemo';
import { memoryStore } from '../testing/memoryStore';
import { asCitizen, testAuthenticate } from '../testing/testAuthenticate';

// A back-office system (the counter's software, an app) files for a citizen with an integration
// token of the ente that has `submissions:write`: the submitter is the token, the document and
// the audit name the citizen, and nothing else about filing is relaxed.
const store = memoryStore();
const NOW = new Date('2026-03-02T10:00:00Z');
const app = createApp({ store, now: () => NOW, authenticate: testAuthenticate });
const MODULE = 'segnalazione-disservizio';
const SUBMIT = `/api/entes/montebello/modules/${MODULE}/submissions`;
const { foto: _foto, ...answers } = librarySample(MODULE);
const mario = {
  fiscalNumber: String(answers.codiceFiscale),
  givenName: String(answers.nome),
  familyName: String(answers.cognome),
};
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

async function token(enteId: string, id: string, scopes: string[], revoked = false) {
  const secret = `mdl_${randomSecret()}`;
  await store.identity.createToken({
    id,
    enteId,
    name: id,
    scopes,
    secretSha256: sha256Hex(secret),
    createdAt: NOW.toISOString(),
    createdBy: 'test',
  });
  if (revoked) await store.identity.revokeToken(enteId, id, NOW);
  return { authorization: `Bearer ${secret}` };
}

let tokens: Record<'file' | 'read' | 'altro' | 'revoked', Record<string, string>>;
beforeAll(async () => {
  await seedDemo(store, libraryModules(), NOW);
  tokens = {
    file: await token('montebello', 'sportello', ['submissions:write', 'pratiche:read']),
    read: await token('montebello', 'lettore', ['pratiche:read']),
    altro: await token('roccafiorita', 'altro', ['submissions:write']),
    revoked: await token('montebello', 'vecchio', ['submissions:write'], true),
  };
}, 60_000);

const post = (body: unknown, headers: Record<string, string>) =>
  app.request(SUBMIT, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
const upload = (headers: Record<string, string>) =>
  app.request(`/api/entes/montebello/uploads?module=${MODULE}&field=foto`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', 'x-filename': 'foto.png', ...headers },
    body: PNG,
  });
const errorOf = async (res: Response) =>
  ((await res.json()) as { error: { code: string; path?: string } }).error;

describe('filing with an integration token', () => {
  it('files on a citizen’s behalf with an upload of its own: submitter token:<id>, audited', async () => {
    const up = await upload(tokens.file);
    expect(up.status).toBe(201);
    const { id } = (await up.json()) as { id: string };
    const res = await post(
      { version: '1.0.0', answers, attachments: { foto: [id] }, onBehalfOf: mario },
      { ...tokens.file, 'idempotency-key': 'sportello-1' },
    );
    expect(res.status, await res.clone().text()).toBe(201);
    const { pratica } = (await res.json()) as { pratica: { code: string; protocol: { number: number } } };
    expect(res.headers.get('location')).toBe(`/api/entes/montebello/pratiche/${pratica.code}`);
    const stored = (await store.pratiche.get(pratica.code))!;
    expect(stored.submitter).toBe('token:sportello');
    expect(JSON.parse(stored.document)).toMatchObject({
      submitter: 'token:sportello',
      onBehalfOf: mario.fiscalNumber,
    });
    expect(stored.attachments).toHaveLength(1);
    const [audit] = await store.audit.list('montebello', { subject: pratica.code, action: 'pratica.filed' });
    expect(audit).toMatchObject({
      actor: 'token:sportello',
      data: { protocol: pratica.protocol.number, onBehalfOf: mario.fiscalNumber },
    });
    expect(await store.pratiche.verifyChain()).toMatchObject({ ok: true });
    // The token reads what it filed; a retry with its key is the first answer.
    const read = await app.request(`/api/entes/montebello/pratiche/${pratica.code}`, {
      headers: tokens.file,
    });
    expect(read.status).toBe(200);
    const again = await post(
      { version: '1.0.0', answers, attachments: { foto: [id] }, onBehalfOf: mario },
      { ...tokens.file, 'idempotency-key': 'sportello-1' },
    );
    expect(again.headers.get('idempotent-replayed')).toBe('true');

    // The pratica is the citizen's: the receipt and the token's upload, like one they filed; not
    // another citizen's.
    const laura = { ...mario, fiscalNumber: 'BNCLRA85M52F205I' };
    const receipt = `/api/pratiche/${pratica.code}/receipt.pdf`;
    const mine = await app.request(receipt, { headers: asCitizen(mario) });
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-type')).toBe('application/pdf');
    expect((await app.request(receipt, { headers: asCitizen(laura) })).status).toBe(404);
    const doc = `/api/pratiche/${pratica.code}/documents/${id}`;
    const foto = await app.request(doc, { headers: asCitizen(mario) });
    expect(new Uint8Array(await foto.arrayBuffer())).toEqual(PNG);
    expect((await app.request(doc, { headers: asCitizen(laura) })).status).toBe(404);
  });

  it('refuses every other case, storing nothing', async () => {
    const before = await store.pratiche.count();
    const body = { version: '1.0.0', answers, onBehalfOf: mario };
    const citizenUpload = (await (await upload(asCitizen(mario))).json()) as { id: string };
    const cases: [string, Response | Promise<Response>, number, string, string?][] = [
      ['read-only token', post(body, tokens.read), 403, 'insufficient_scope'],
      ['another ente’s token', post(body, tokens.altro), 403, 'forbidden'],
      ['revoked token', post(body, tokens.revoked), 401, 'invalid_token'],
      ['unknown token', post(body, { authorization: 'Bearer mdl_nope' }), 401, 'invalid_token'],
      ['read-only token uploading', upload(tokens.read), 403, 'insufficient_scope'],
      [
        'token without onBehalfOf',
        post({ version: '1.0.0', answers }, tokens.file),
        400,
        'invalid_request',
        '/onBehalfOf',
      ],
      ['citizen with onBehalfOf', post(body, asCitizen(mario)), 400, 'invalid_request', '/onBehalfOf'],
      [
        'someone else than the prefilled answers',
        post({ ...body, onBehalfOf: { ...mario, fiscalNumber: 'BNCLRA85M52F205I' } }, tokens.file),
        403,
        'identity_mismatch',
      ],
      [
        'a citizen’s upload',
        post({ ...body, attachments: { foto: [citizenUpload.id] } }, tokens.file),
        404,
        'upload_not_found',
      ],
    ];
    for (const [what, request, status, code, path] of cases) {
      const res = await request;
      expect(res.status, what).toBe(status);
      const e = await errorOf(res);
      expect(e.code, what).toBe(code);
      if (path) expect(e.path, what).toBe(path);
    }
    expect(await store.pratiche.count()).toBe(before);
  });
});

describe('a pratica filed on a citizen’s behalf', () => {
  it('is in that citizen’s personal area, list and detail, and in nobody else’s', async () => {
    const res = await post({ version: '1.0.0', answers, onBehalfOf: mario }, tokens.file);
    expect(res.status, await res.clone().text()).toBe(201);
    const { pratica } = (await res.json()) as { pratica: { code: string } };
    expect((await store.pratiche.get(pratica.code))!.onBehalfOf).toBe(mario.fiscalNumber);

    const codesOf = async (who: typeof mario) => {
      const list = await app.request('/api/me/pratiche', { headers: asCitizen(who) });
      expect(list.status).toBe(200);
      return ((await list.json()) as { pratiche: { code: string }[] }).pratiche.map((p) => p.code);
    };
    expect(await codesOf(mario)).toContain(pratica.code);
    const mine = await app.request(`/api/me/pratiche/${pratica.code}`, { headers: asCitizen(mario) });
    expect(mine.status).toBe(200);

    const laura = { fiscalNumber: 'BNCLRA85M52F205I', givenName: 'Laura', familyName: 'Bianchi' };
    expect(await codesOf(laura)).not.toContain(pratica.code);
    const theirs = await app.request(`/api/me/pratiche/${pratica.code}`, { headers: asCitizen(laura) });
    expect(theirs.status).toBe(404);
  });
});
