import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deadline, praticaState } from '@modulo/procedure';
import { openApiApp } from '../api/openApiApp';
import { errors } from '../api/schemas';
import { citizenKey } from '../auth/identity';
import { citizensPratica } from '../api/citizensPratica';
import type { Env } from '../env';
import { ApiError } from '../errors';
import type { MessageAttachment, PraticaMessage } from '../storage/BackofficeStore';
import type { StoredPratica } from '../storage/PraticaStore';
import { applyPraticaEvent } from './applyPraticaEvent';
import { praticaContext } from './praticaClock';
import { ownUpload, receiveUpload } from './receiveUpload';
import { CodeParam, MessageSchema } from './schemas';
import { visiblePratica } from './staffScope';

const PostMessage = z.object({
  body: z.string().trim().min(1).max(10000),
  attachments: z.array(z.string().min(1)).max(20).default([]),
});
const ListAnswer = z.object({ messages: z.array(MessageSchema) });
const PostAnswer = z.object({ message: MessageSchema, status: z.string() });

const listRoute = (who: string) =>
  createRoute({
    method: 'get',
    path: '/{code}/messages',
    tags: ['Messages'],
    summary: `The messages between office and citizen on a pratica (${who})`,
    request: { params: CodeParam },
    responses: {
      200: { description: 'Messages', content: { 'application/json': { schema: ListAnswer } } },
      ...errors(401, 403, 404),
    },
  });
const postRoute = (who: string) =>
  createRoute({
    method: 'post',
    path: '/{code}/messages',
    tags: ['Messages'],
    summary: `A message on a pratica, with uploaded attachments (${who})`,
    request: {
      params: CodeParam,
      body: { content: { 'application/json': { schema: PostMessage } }, required: true },
    },
    responses: {
      201: { description: 'Sent', content: { 'application/json': { schema: PostAnswer } } },
      ...errors(400, 401, 403, 404, 409, 410),
    },
  });

async function attachmentsOf(
  c: Context<Env>,
  p: StoredPratica,
  owner: string,
  ids: string[],
): Promise<MessageAttachment[]> {
  const out = [];
  for (const id of ids) {
    const u = await ownUpload(c, p.enteId, owner, id, p.code);
    out.push({ uploadId: u.id, name: u.name, mediaType: u.mediaType, size: u.size, sha256: u.sha256 });
  }
  return out;
}

/** The citizen's own pratica, or the same 404 as for a code that does not exist. */
async function ownPratica(c: Context<Env>, code: string) {
  const { citizen, pratica } = await citizensPratica(
    c,
    code,
    () => new ApiError('pratica_not_found', `Pratica ${code} non trovata.`, `Pratica ${code} not found.`),
  );
  return { citizen, pratica, owner: citizenKey(citizen) };
}

/** `GET/POST /api/backoffice/pratiche/{code}/messages`: the office's side. */
export function staffMessagesApi() {
  return openApiApp()
    .openapi(listRoute('staff'), async (c) => {
      const { pratica } = await visiblePratica(c, c.req.valid('param').code);
      return c.json({ messages: await c.get('store').backoffice.messages(pratica.code) }, 200);
    })
    .openapi(postRoute('staff'), async (c) => {
      const { staff, pratica } = await visiblePratica(c, c.req.valid('param').code);
      const body = c.req.valid('json');
      const owner = `staff:${staff.id}`;
      const message: PraticaMessage = await c.get('store').backoffice.addMessage(pratica.code, {
        at: c.get('now').toISOString(),
        sender: 'office',
        author: owner,
        body: body.body,
        attachments: await attachmentsOf(c, pratica, owner, body.attachments),
      });
      return c.json({ message, status: pratica.status }, 201);
    });
}

const substitute = createRoute({
  method: 'post',
  path: '/{code}/substitute-request',
  tags: ['Messages'],
  summary: 'Asks the titolare del potere sostitutivo to act, once the term has passed (art. 2 c. 9-ter)',
  request: { params: CodeParam },
  responses: {
    201: {
      description: 'Recorded',
      content: {
        'application/json': {
          schema: z.object({
            status: z.string(),
            substitute: z.string().nullable(),
            substituteDueDate: z.string().nullable(),
          }),
        },
      },
    },
    ...errors(401, 403, 404, 409),
  },
});
const citizenUpload = createRoute({
  method: 'post',
  path: '/{code}/uploads',
  tags: ['Messages'],
  summary: 'Uploads an attachment for a message on the citizen’s own pratica',
  request: { params: CodeParam, headers: z.object({ 'x-filename': z.string().max(2048).optional() }) },
  responses: {
    201: {
      description: 'Stored',
      content: {
        'application/json': {
          schema: z.object({
            id: z.string(),
            name: z.string(),
            size: z.number(),
            type: z.string(),
            sha256: z.string(),
          }),
        },
      },
    },
    ...errors(401, 403, 404, 413, 415, 422),
  },
});

/**
 * The citizen's side on `/api/pratiche/{code}`: messages (an answer while an integration is
 * pending is the integration: the term resumes; after a preavviso di rigetto, the first one is the
 * observations of art. 10-bis), uploads for them, and the request to the substitute.
 */
export function citizenPraticaApi() {
  return openApiApp()
    .openapi(listRoute('citizen'), async (c) => {
      const { pratica } = await ownPratica(c, c.req.valid('param').code);
      return c.json({ messages: await c.get('store').backoffice.messages(pratica.code) }, 200);
    })
    .openapi(postRoute('citizen'), async (c) => {
      const { citizen, pratica, owner } = await ownPratica(c, c.req.valid('param').code);
      const body = c.req.valid('json');
      const attachments = await attachmentsOf(c, pratica, owner, body.attachments);
      const ctx = await praticaContext(c.get('store'), pratica);
      let status = pratica.status;
      const state = praticaState(ctx.pratica.events);
      // The answer the law waits for: the integration, or the observations to a preavviso (art. 10-bis).
      const answers = state.pendingIntegration
        ? 'integrated'
        : state.status === 'refusal_notice' && state.lastPreavviso && !state.observations
          ? 'observations'
          : undefined;
      if (answers) {
        const at = c.get('now').toISOString();
        const by = [citizen.givenName, citizen.familyName].filter(Boolean).join(' ') || citizen.fiscalNumber;
        ({ status } = await applyPraticaEvent(
          c.get('store'),
          ctx,
          { type: answers, at, by, reason: body.body.slice(0, 500) },
          { actor: owner, audit: { attachments: attachments.map((a) => a.sha256) } },
        ));
      }
      const message = await c.get('store').backoffice.addMessage(pratica.code, {
        at: c.get('now').toISOString(),
        sender: 'citizen',
        author: owner,
        body: body.body,
        attachments,
      });
      return c.json({ message, status }, 201);
    })
    .openapi(citizenUpload, async (c) => {
      const { pratica, owner } = await ownPratica(c, c.req.valid('param').code);
      const u = await receiveUpload(c, pratica.enteId, owner);
      return c.json({ id: u.id, name: u.name, size: u.size, type: u.mediaType, sha256: u.sha256 }, 201);
    })
    .openapi(substitute, async (c) => {
      const { citizen, pratica, owner } = await ownPratica(c, c.req.valid('param').code);
      const ctx = await praticaContext(c.get('store'), pratica);
      const at = c.get('now').toISOString();
      const { status } = await applyPraticaEvent(
        c.get('store'),
        ctx,
        { type: 'substitute-requested', at, by: citizen.fiscalNumber },
        { actor: owner },
      );
      const after = await praticaContext(c.get('store'), (await c.get('store').pratiche.get(pratica.code))!);
      const d = deadline(after.pratica, after.calendar, at);
      return c.json(
        { status, substitute: after.pratica.substitute ?? null, substituteDueDate: d.substituteDueDate },
        201,
      );
    });
}
