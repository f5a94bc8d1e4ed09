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
      headers: (init.headers ?? {}) as Record<string, string>,
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
        { code: 'action_not_allowed', message: 'Questa azione non è possibile.' },
      ],
    });
    const api = createHttpBackofficeApi({ fetch });
    const r = await api.act('K7QM-4TZP', { type: 'conclude', outcome: 'positive', reason: 'Fatto.' });
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'action_not_allowed',
        message: 'Questa azione non è possibile.',
        messageEn: 'Questa azione non è possibile.',
      },
    });
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.headers['x-csrf-token']).toBe('tok');
    expect(JSON.parse(post.body!)).toEqual({ type: 'conclude', outcome: 'positive', reason: 'Fatto.' });
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
});
