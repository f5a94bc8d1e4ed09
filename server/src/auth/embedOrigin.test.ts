import { describe, expect, it } from 'vitest';
import { ApiError } from '../errors';
import { checkEmbedOrigin, parseEmbedOrigins } from './embedOrigin';

describe('checkEmbedOrigin', () => {
  it.each([
    'https://www.comune.example.it',
    'https://www.comune.example.it:8443',
    'http://localhost:3000',
    'http://127.0.0.1:5173',
    'http://localhost',
  ])('accepts %s', (origin) => {
    expect(checkEmbedOrigin(origin)).toEqual({ ok: true });
  });

  it.each([
    ['www.comune.example.it', 'not_a_url'],
    ['', 'not_a_url'],
    ['ftp://www.comune.example.it', 'not_http'],
    ['javascript:alert(1)', 'not_http'],
    ['https://www.comune.example.it/', 'not_bare'],
    ['https://www.comune.example.it/servizi', 'not_bare'],
    ['https://www.comune.example.it?x=1', 'not_bare'],
    ['https://www.comune.example.it#a', 'not_bare'],
    ['https://ada:pw@www.comune.example.it', 'not_bare'],
    ['http://www.comune.example.it', 'not_https'],
    ['http://10.0.0.5:3000', 'not_https'],
    ['https://WWW.Comune.example.it', 'not_canonical'],
    ['https://www.comune.example.it:443', 'not_canonical'],
    ['*', 'not_a_url'],
  ])('refuses %j (%s)', (origin, problem) => {
    expect(checkEmbedOrigin(origin)).toMatchObject({ ok: false, problem });
  });
});

describe('parseEmbedOrigins', () => {
  it('drops duplicates, keeping the order', () => {
    expect(
      parseEmbedOrigins(['https://a.example.it', 'http://localhost:3000', 'https://a.example.it']),
    ).toEqual(['https://a.example.it', 'http://localhost:3000']);
  });

  it('names the first bad entry, in Italian and English, with its path', () => {
    let error: unknown;
    try {
      parseEmbedOrigins(['https://a.example.it', 'https://b.example.it/form']);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).body().error).toMatchObject({
      code: 'invalid_embed_origin',
      path: '/origins/1',
      message: expect.stringContaining('«https://b.example.it/form»') as unknown,
      messageEn: expect.stringContaining('did you mean https://b.example.it?') as unknown,
    });
  });
});
