import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { httpApi } from './httpApi';

// A real HTTP port answering as the Modulo server does; it records what the client sent.
const seen: { method: string; url: string; csrf?: string; body: string }[] = [];
const server = createServer((req, res) => {
  let body = '';
  req.on('data', (c: Buffer) => (body += c.toString()));
  req.on('end', () => {
    seen.push({ method: req.method!, url: req.url!, csrf: req.headers['x-csrf-token'] as string, body });
    res.setHeader('content-type', 'application/json');
    if (req.url === '/api/me') {
      res.end(
        JSON.stringify({
          kind: 'citizen',
          citizen: { fiscalNumber: 'RSSMRA85T10A562S' },
          csrfToken: 'tok-1',
        }),
      );
    } else if (req.url === '/api/me/pratiche' || req.url === '/api/me/pratiche?lang=en') {
      res.end(
        JSON.stringify({
          pratiche: [
            {
              code: 'AB12-CD34',
              ente: { id: 'montebello', name: 'Comune di Montebello' },
              module: { id: 'segnalazione-disservizio', version: '1.0.0' },
              subject: 'Segnalazione di disservizio',
              status: 'presented',
              protocol: { number: 7, year: 2026, date: '2026-12-02' },
            },
          ],
        }),
      );
    } else if (req.url === '/api/entes/montebello/modules/accesso-atti/draft') {
      res.end(
        JSON.stringify({
          moduleId: 'accesso-atti',
          version: '1.1.0',
          answers: { nome: 'Mario' },
          carried: {
            from: '1.0.0',
            to: '1.1.0',
            dropped: [{ path: '/fax', code: 'removed', message: 'Il campo «Fax» non c’è più.' }],
          },
        }),
      );
    } else if (
      req.url === '/api/pratiche/AB12-CD34/rating' &&
      seen.filter((s) => s.url === req.url).length > 1
    ) {
      res.statusCode = 409;
      res.end(
        JSON.stringify({
          error: { code: 'already_rated', message: 'Hai già valutato.', messageEn: 'Rated.' },
        }),
      );
    } else {
      res.statusCode = 201;
      res.end('{}');
    }
  });
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
afterAll(() => new Promise<void>((r) => server.close(() => r())));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

describe('httpApi', () => {
  it('reads the citizen and the CSRF token from GET /api/me and sends the token on writes', async () => {
    const api = httpApi(base);
    expect(await api.me()).toEqual({ fiscalNumber: 'RSSMRA85T10A562S' });
    await api.rate('AB12-CD34', { score: 5, followUp: 'clear-questions' });
    const post = seen.at(-1)!;
    expect(post).toMatchObject({ method: 'POST', url: '/api/pratiche/AB12-CD34/rating', csrf: 'tok-1' });
    expect(JSON.parse(post.body)).toEqual({ score: 5, followUp: 'clear-questions' });
    await expect(api.rate('AB12-CD34', { score: 5, followUp: 'clear-questions' })).rejects.toMatchObject({
      status: 409,
      code: 'already_rated',
    });
    expect(seen.find((s) => s.method === 'GET')!.csrf).toBeUndefined();
  });

  it('fetches the CSRF token before the first write when me() was never called (the personal area)', async () => {
    const api = httpApi(base);
    const from = seen.length;
    expect(await api.sendMessage('AB12-CD34', 'Ecco il documento.', ['u1'])).toEqual({});
    const calls = seen.slice(from);
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'GET /api/me',
      'POST /api/pratiche/AB12-CD34/messages',
    ]);
    expect(calls[1]).toMatchObject({ csrf: 'tok-1' });
    expect(JSON.parse(calls[1]!.body)).toEqual({ body: 'Ecco il documento.', attachments: ['u1'] });
  });

  it('says what the carry of a draft to a newer version dropped (the server’s `carried.dropped`)', async () => {
    const draft = await httpApi(base).getDraft('montebello', 'accesso-atti');
    expect(draft).toMatchObject({
      version: '1.1.0',
      answers: { nome: 'Mario' },
      dropped: [{ path: '/fax', message: 'Il campo «Fax» non c’è più.' }],
    });
  });

  it("lists the server's pratiche as rows of the personal area", async () => {
    expect(await httpApi(base).myPratiche()).toEqual({
      pratiche: [
        {
          code: 'AB12-CD34',
          title: 'Segnalazione di disservizio',
          moduleId: 'segnalazione-disservizio',
          ente: 'montebello',
          status: 'presented',
          statusLabel: undefined,
          filedAt: '2026-12-02',
          answerDueBy: null,
          suspended: false,
        },
      ],
      drafts: [],
    });
    // An English page asks for the states' words in English.
    await httpApi(base).myPratiche('en');
    expect(seen.at(-1)?.url).toBe('/api/me/pratiche?lang=en');
  });
});
