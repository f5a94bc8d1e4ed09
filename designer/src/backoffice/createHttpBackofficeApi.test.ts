import { describe, expect, it } from 'vitest';
import { createHttpBackofficeApi } from './createHttpBackofficeApi';

/** A recording fetch answering from a table of `METHOD path` → [status, body]. */
function fakeFetch(answers: Record<string, [number, unknown]>) {
  const calls: { method: string; url: string; headers: Record<string, string>; body?: string }[] = [];
  const fetch = (async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    calls.push({
      method,
      url,
      // The typed client sends a Headers object: compare as a plain record, names lower-cased.
      headers: Object.fromEntries(new Headers(init.headers).entries()),
      body: init.body as string,
    });
    const [status, body] = answers[`${method} ${url.split('?')[0]}`] ?? [404, { error: { code: 'nope' } }];
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

describe('createHttpBackofficeApi', () => {
  it('sends the filters as a query string and returns the inbox', async () => {
    const { fetch, calls } = fakeFetch({ 'GET /api/backoffice/pratiche': [200, { items: [], total: 0 }] });
    const api = createHttpBackofficeApi({ fetch });
    const r = await api.list({ state: 'in_charge', due: 'overdue', comune: 'montebello', page: 2 });
    expect(r).toEqual({ ok: true, value: { items: [], total: 0 } });
    expect(calls[0]?.url).toBe(
      '/api/backoffice/pratiche?state=in_charge&due=overdue&comune=montebello&page=2',
    );
  });

  it('posts an action with the CSRF token of /api/me, and returns a 409 refusal as a value', async () => {
    const { fetch, calls } = fakeFetch({
      'GET /api/me': [200, { kind: 'staff', csrfToken: 'tok' }],
      'POST /api/backoffice/pratiche/K7QM-4TZP/actions': [
        409,
        { error: { code: 'transition_refused', message: 'Non è possibile.', messageEn: 'Refused.' } },
      ],
    });
    const api = createHttpBackofficeApi({ fetch });
    const action = {
      type: 'conclude' as const,
      outcome: 'positive' as const,
      motivation: 'Fatto.',
      documentUploadId: 'u1',
    };
    const r = await api.act('K7QM-4TZP', action);
    expect(r).toEqual({
      ok: false,
      error: { code: 'transition_refused', message: 'Non è possibile.', messageEn: 'Refused.' },
    });
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.headers['x-csrf-token']).toBe('tok');
    expect(JSON.parse(post.body!)).toEqual(action);
  });

  it('returns the pratica of the server’s { status, outgoingProtocol, pratica } answer', async () => {
    const pratica = { code: 'K7QM-4TZP', status: 'in_charge', allowedActions: ['conclude'] };
    const { fetch } = fakeFetch({
      'GET /api/me': [200, { csrfToken: 'tok' }],
      'POST /api/backoffice/pratiche/K7QM-4TZP/actions': [
        200,
        { status: 'in_charge', outgoingProtocol: null, pratica },
      ],
    });
    const r = await createHttpBackofficeApi({ fetch }).act('K7QM-4TZP', { type: 'take_in_charge' });
    expect(r).toEqual({ ok: true, value: pratica });
    // An action this UI does not know (a newer server's) is not offered.
    const newer = { ...pratica, allowedActions: ['conclude', 'archive'] };
    const { fetch: f2 } = fakeFetch({
      'GET /api/me': [200, { csrfToken: 'tok' }],
      'POST /api/backoffice/pratiche/K7QM-4TZP/actions': [200, { status: 'in_charge', pratica: newer }],
    });
    const r2 = await createHttpBackofficeApi({ fetch: f2 }).act('K7QM-4TZP', { type: 'take_in_charge' });
    expect(r2.ok && r2.value.allowedActions).toEqual(['conclude']);
  });

  it('uploads a document as the raw body with its name, and posts a message with attachments', async () => {
    const { fetch, calls } = fakeFetch({
      'GET /api/me': [200, { csrfToken: 'tok' }],
      'POST /api/backoffice/uploads': [
        201,
        { id: 'u1', name: 'decisione.pdf', size: 8, type: 'application/pdf', sha256: 'x' },
      ],
      'POST /api/backoffice/pratiche/K7QM-4TZP/messages': [201, { message: { id: 1 }, status: 'in_charge' }],
    });
    const api = createHttpBackofficeApi({ fetch });
    const blob = new Blob(['%PDF-1.4'], { type: 'application/pdf' });
    const up = await api.upload(blob, 'decisione finale.pdf');
    expect(up.ok && up.value.id).toBe('u1');
    const upload = calls.find((c) => c.url === '/api/backoffice/uploads')!;
    expect(upload.headers).toMatchObject({
      'content-type': 'application/pdf',
      'x-filename': 'decisione%20finale.pdf',
      'x-csrf-token': 'tok',
    });
    expect(upload.body).toBe(blob as unknown as string);
    await api.sendMessage('K7QM-4TZP', { body: 'Ciao', attachments: ['u1'] });
    const msg = calls.find((c) => c.url.endsWith('/messages'))!;
    expect(JSON.parse(msg.body!)).toEqual({ body: 'Ciao', attachments: ['u1'] });
  });

  it('reads the server’s { error } body too', async () => {
    const { fetch } = fakeFetch({
      'GET /api/backoffice/pratiche/ZZ': [
        404,
        { error: { code: 'pratica_not_found', message: 'Pratica ZZ non trovata.', messageEn: 'Not found.' } },
      ],
    });
    const r = await createHttpBackofficeApi({ fetch }).get('ZZ');
    expect(r.ok ? 'ok' : r.error).toEqual({
      code: 'pratica_not_found',
      message: 'Pratica ZZ non trovata.',
      messageEn: 'Not found.',
    });
  });

  it('reads a pratica’s audit log and links its CSV export', async () => {
    const events = [{ seq: 4, at: '2026-03-02T09:00:00.000Z', actor: 'system', action: 'pratica.filed' }];
    const directory = { offices: [{ id: 'urp', name: 'URP' }], staff: [] };
    const { fetch } = fakeFetch({
      'GET /api/backoffice/pratiche/K7QM-4TZP/audit': [200, { code: 'K7QM-4TZP', events }],
      'GET /api/entes/borgo/directory': [200, directory],
    });
    const local = createHttpBackofficeApi({ fetch });
    expect(await local.audit('K7QM-4TZP')).toEqual({ ok: true, value: events });
    expect(local.auditCsvHref('K7QM-4TZP')).toBe('/api/backoffice/pratiche/K7QM-4TZP/audit?format=csv');
    expect(await local.directory('borgo')).toEqual({ ok: true, value: directory });
    expect(local.attachmentHref('K7QM-4TZP', 'u 1')).toBe(
      '/api/backoffice/pratiche/K7QM-4TZP/attachments/u%201',
    );
  });

  it('reads the indicators and the ratings, and links the indicators’ CSV', async () => {
    const report = { ente: 'borgo', asOf: '2026-12-02', procedures: [] };
    const ratings = {
      distribution: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 3 },
      followUps: [],
      comments: [],
      nextCursor: null,
    };
    const { fetch, calls } = fakeFetch({
      'GET /api/backoffice/monitoring': [200, report],
      'GET /api/entes/borgo/monitoring/ratings': [200, ratings],
    });
    const api = createHttpBackofficeApi({ fetch });
    expect(await api.monitoring()).toEqual({ ok: true, value: report });
    expect(api.monitoringCsvHref()).toBe('/api/backoffice/monitoring?format=csv');
    expect(await api.ratings('borgo', { module: 'accesso-atti', cursor: 'c2' })).toEqual({
      ok: true,
      value: ratings,
    });
    expect(calls.at(-1)?.url).toBe('/api/entes/borgo/monitoring/ratings?module=accesso-atti&cursor=c2');
  });

  it('says the server does not answer when the fetch fails', async () => {
    const api = createHttpBackofficeApi({
      fetch: (() => Promise.reject(new TypeError('offline'))) as typeof globalThis.fetch,
    });
    const r = await api.monitoring();
    expect(r.ok ? 'ok' : r.error.code).toBe('network_error');
  });
});
