import type { MiddlewareHandler } from 'hono';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import type { Env } from '../env';
import { ApiError } from '../errors';
import { openApiApp } from './openApiApp';
import { submissionRequest, unsupportedMediaType } from './submissionRequest';
import { submitRoute } from './submissionRoute';

// The light filing route must keep the contract zod-openapi's validators gave `submitRoute`:
// the same statuses and error bodies, the same validated data (unknown keys stripped, which the
// idempotency hash depends on). Both readers answer the same requests side by side.
// The route as it was served until 2026-12-02 (its `requireJson`, then zod-openapi's validators).
const requireJson: MiddlewareHandler<Env> = async (c, next) => {
  if (!/^application\/json\s*(;|$)/i.test(c.req.header('content-type') ?? '')) throw unsupportedMediaType();
  await next();
};
const reference = openApiApp().openapi(
  {
    ...submitRoute,
    middleware: [requireJson] as const,
    responses: { 200: { description: 'The validated request' } },
  },
  (c) =>
    c.json({
      enteId: c.req.valid('param').ente,
      moduleId: c.req.valid('param').moduleId,
      idempotencyKey: c.req.valid('header')['idempotency-key'],
      body: c.req.valid('json'),
    }),
);
const light = new Hono<Env>().post('/:ente/modules/:moduleId/submissions', async (c) => {
  const request = await submissionRequest(c);
  return request instanceof Response ? request : c.json(request);
});
const onError = (err: Error) =>
  Response.json(
    err instanceof ApiError
      ? { thrown: err.body() }
      : { thrown: err instanceof HTTPException ? err.message : String(err) },
    { status: err instanceof ApiError || err instanceof HTTPException ? err.status : 500 },
  );
reference.onError(onError);
light.onError(onError);

const answers = { nome: 'Mario', eta: 40, elenco: [{ a: 1 }], vuoto: null };
const cases: [string, string, Record<string, string>, string][] = [
  ['a valid filing', 'montebello/modules/m1', {}, JSON.stringify({ version: '1.0.0', answers })],
  [
    'unknown keys, stripped',
    'montebello/modules/m1',
    {},
    JSON.stringify({ version: '1.0.0', answers, extra: 1, onBehalfOf: undefined }),
  ],
  [
    'attachments and onBehalfOf',
    'montebello/modules/m1',
    { 'idempotency-key': 'k1' },
    JSON.stringify({
      version: '1',
      answers: {},
      attachments: { foto: ['u1', 'u2'], doc: 'u3' },
      onBehalfOf: { fiscalNumber: 'RSSMRA80A01H501U', givenName: 'Mario' },
    }),
  ],
  [
    'bad attachments',
    'montebello/modules/m1',
    {},
    JSON.stringify({ version: '1', answers: {}, attachments: { f: [''] } }),
  ],
  [
    'bad onBehalfOf',
    'montebello/modules/m1',
    {},
    JSON.stringify({ version: '1', answers: {}, onBehalfOf: { fiscalNumber: 'x', other: 1 } }),
  ],
  ['answers a list', 'montebello/modules/m1', {}, JSON.stringify({ version: '1', answers: [1] })],
  ['answers null', 'montebello/modules/m1', {}, JSON.stringify({ version: '1', answers: null })],
  ['answers with __proto__', 'montebello/modules/m1', {}, '{"version":"1","answers":{"__proto__":{"x":1}}}'],
  ['no answers', 'montebello/modules/m1', {}, JSON.stringify({ version: '1' })],
  ['version too long', 'montebello/modules/m1', {}, JSON.stringify({ version: 'x'.repeat(65), answers })],
  ['version a number', 'montebello/modules/m1', {}, JSON.stringify({ version: 1, answers })],
  ['a list body', 'montebello/modules/m1', {}, '[1,2]'],
  ['a string body', 'montebello/modules/m1', {}, '"x"'],
  ['malformed JSON', 'montebello/modules/m1', {}, '{"version": '],
  ['a bad ente', 'Montebello/modules/m1', {}, JSON.stringify({ version: '1', answers })],
  ['a bad module', 'montebello/modules/M_1', {}, '{'],
  ['a long idempotency key', 'montebello/modules/m1', { 'idempotency-key': 'k'.repeat(201) }, '{'],
  ['text', 'montebello/modules/m1', { 'content-type': 'text/plain' }, 'x'],
  [
    'JSON with a charset',
    'montebello/modules/m1',
    { 'content-type': 'application/json; charset=utf-8' },
    '{}',
  ],
];

describe('submissionRequest (the light filing route’s request reader)', () => {
  it.each(cases)('reads %s exactly as the zod-openapi route did', async (_name, path, headers, body) => {
    const init = {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    };
    const want = await reference.request(`/${path}/submissions`, init);
    const got = await light.request(`/${path}/submissions`, init);
    expect({ status: got.status, body: await got.json() }).toEqual({
      status: want.status,
      body: await want.json(),
    });
  });
});
