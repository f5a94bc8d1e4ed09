import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { PraticaEvent } from '@modulo/procedure';
import { addDays, formatDateIt, INTEGRATION_MAX_DAYS } from '@modulo/procedure';
import { openApiApp } from '../api/openApiApp';
import { errors } from '../api/schemas';
import type { StaffPrincipal } from '../auth/identity';
import type { Env } from '../env';
import { ApiError } from '../errors';
import { canonicalJson } from '../register/canonicalJson';
import { sha256Hex } from '../register/sha256Hex';
import type { RecordEventInput } from '../storage/BackofficeStore';
import type { Assignment } from '../storage/PraticaStore';
import { applyPraticaEvent } from './applyPraticaEvent';
import type { PraticaContext } from './praticaClock';
import { praticaContext } from './praticaClock';
import { praticaDetail, todayOf } from './praticaView';
import { receiveUpload, ownUpload } from './receiveUpload';
import type { Action } from './schemas';
import { ActionSchema, CodeParam, OutgoingSchema, PraticaDetailSchema } from './schemas';
import { backofficeStaff, visiblePratica } from './staffScope';

type Step = { event: PraticaEvent; extra: Omit<RecordEventInput, 'code' | 'event' | 'status' | 'clock'> };

const outgoingHash = (ctx: PraticaContext, kind: string, at: string, content: unknown) =>
  sha256Hex(
    canonicalJson({ pratica: ctx.stored.code, protocol: ctx.stored.protocol.segnatura, kind, at, content }),
  );

/** Turns an action into the event of @modulo/procedure and what the store records with it. */
async function stepOf(
  c: Context<Env>,
  action: Action,
  staff: StaffPrincipal,
  ctx: PraticaContext,
): Promise<Step> {
  const at = c.get('now').toISOString();
  const by = staff.name;
  const actor = `staff:${staff.id}`;
  const subject = ctx.stored.subject;
  const member = ctx.ente.staff.find((s) => s.id === staff.id);
  switch (action.type) {
    case 'take_in_charge':
      return {
        event: { type: 'taken-in-charge', at, by, ...(action.note ? { reason: action.note } : {}) },
        extra: {
          actor,
          assignment: {
            ...ctx.stored.assignment,
            responsibleId: staff.id,
            responsibleName: staff.name,
            responsibleTitle: member?.title ?? ctx.stored.assignment.responsibleTitle,
          },
        },
      };
    case 'request_integration': {
      const today = todayOf(c.get('now'));
      const latest = addDays(today, INTEGRATION_MAX_DAYS);
      if (action.dueBy <= today || action.dueBy > latest)
        throw new ApiError(
          'invalid_due_date',
          `La data entro cui integrare deve essere tra domani e il ${formatDateIt(latest)} (al massimo 30 giorni, art. 2 c. 7 L. 241/1990).`,
          `dueBy must be after today and at most ${INTEGRATION_MAX_DAYS} days ahead (${latest}).`,
          { path: '/dueBy' },
        );
      const content = { message: action.message, documents: action.documents, dueBy: action.dueBy };
      return {
        event: {
          type: 'integration-requested',
          at,
          by,
          dueBy: action.dueBy,
          reason: `${action.message} Documenti richiesti: ${action.documents.join('; ')}.`,
        },
        extra: {
          actor,
          audit: { documents: action.documents, dueBy: action.dueBy },
          outgoing: {
            kind: 'integration_request',
            subject: `Richiesta di integrazione: ${subject}`,
            documentSha256: outgoingHash(ctx, 'integration_request', at, content),
          },
        },
      };
    }
    case 'preavviso':
      return {
        event: { type: 'preavviso', at, by, reason: action.reasons },
        extra: {
          actor,
          outgoing: {
            kind: 'preavviso',
            subject: `Preavviso di rigetto (art. 10-bis L. 241/1990): ${subject}`,
            documentSha256: outgoingHash(ctx, 'preavviso', at, { reasons: action.reasons }),
          },
        },
      };
    case 'conclude': {
      const doc = await ownUpload(c, ctx.ente.id, actor, action.documentUploadId, ctx.stored.code);
      return {
        event: { type: 'concluded', at, by, outcome: action.outcome, reason: action.motivation },
        extra: {
          actor,
          uploadIds: [doc.id],
          audit: {
            outcome: action.outcome,
            document: { uploadId: doc.id, name: doc.name, sha256: doc.sha256 },
          },
          outgoing: {
            kind: 'decision',
            subject: `Provvedimento finale (${action.outcome === 'positive' ? 'esito positivo' : 'esito negativo'}): ${subject}`,
            documentSha256: doc.sha256,
          },
        },
      };
    }
    case 'reassign': {
      const assignment = reassigned(ctx, action);
      const to = action.operatorId ? assignment.responsibleName : assignment.officeName;
      return {
        event: { type: 'reassigned', at, by, to, reason: action.reason },
        extra: {
          actor,
          assignment,
          audit: { officeId: assignment.officeId, responsibleId: assignment.responsibleId },
        },
      };
    }
  }
}

function reassigned(ctx: PraticaContext, action: Extract<Action, { type: 'reassign' }>): Assignment {
  if (!action.operatorId && !action.officeId)
    throw new ApiError(
      'invalid_request',
      'Indica un operatore o un ufficio.',
      'Give operatorId or officeId.',
      {
        path: '/operatorId',
      },
    );
  const next: Assignment = { ...ctx.stored.assignment };
  delete next.ruleId;
  if (action.officeId) {
    const office = ctx.ente.offices.find((o) => o.id === action.officeId);
    if (!office)
      throw new ApiError(
        'not_in_directory',
        'Ufficio non presente nell’organigramma.',
        `No office ${action.officeId}.`,
        {
          path: '/officeId',
        },
      );
    Object.assign(next, { officeId: office.id, officeName: office.name });
  }
  if (action.operatorId) {
    const person = ctx.ente.staff.find((s) => s.id === action.operatorId);
    if (!person || !person.roles.some((r) => r === 'operator' || r === 'responsible' || r === 'admin'))
      throw new ApiError(
        'not_in_directory',
        'Operatore non presente nell’organigramma o senza ruolo operativo.',
        `No operator ${action.operatorId}.`,
        { path: '/operatorId' },
      );
    Object.assign(next, {
      responsibleId: person.id,
      responsibleName: person.name,
      responsibleTitle: person.title,
    });
  }
  return next;
}

const act = createRoute({
  method: 'post',
  path: '/pratiche/{code}/actions',
  tags: ['Back office'],
  summary: 'Take in charge, request integration, preavviso, conclude, reassign: each through applyEvent',
  request: {
    params: CodeParam,
    body: { content: { 'application/json': { schema: ActionSchema } }, required: true },
  },
  responses: {
    200: {
      description: 'Recorded',
      content: {
        'application/json': {
          schema: z.object({
            status: z.string(),
            outgoingProtocol: OutgoingSchema.nullable(),
            pratica: PraticaDetailSchema,
          }),
        },
      },
    },
    ...errors(400, 401, 403, 404, 409, 410, 422),
  },
});

const upload = createRoute({
  method: 'post',
  path: '/uploads',
  tags: ['Back office'],
  summary: 'Uploads a document (final decision, message attachment): PDF, PNG or JPEG, hashed by the server',
  request: { headers: z.object({ 'x-filename': z.string().max(2048).optional() }) },
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
    ...errors(401, 403, 413, 415, 422),
  },
});

/** `POST /api/backoffice/pratiche/{code}/actions` and `POST /api/backoffice/uploads`. */
export function actionsApi() {
  return openApiApp()
    .openapi(act, async (c) => {
      const { staff, pratica } = await visiblePratica(c, c.req.valid('param').code);
      const ctx = await praticaContext(c.get('store'), pratica);
      const { event, extra } = await stepOf(c, c.req.valid('json'), staff, ctx);
      const { status, outgoing } = await applyPraticaEvent(c.get('store'), ctx, event, extra);
      const fresh = await praticaContext(c.get('store'), (await c.get('store').pratiche.get(pratica.code))!);
      return c.json(
        {
          status,
          outgoingProtocol: outgoing ?? null,
          pratica: await praticaDetail(c.get('store'), fresh, c.get('now'), staff.name),
        },
        200,
      );
    })
    .openapi(upload, async (c) => {
      const { staff } = backofficeStaff(c);
      const u = await receiveUpload(c, staff.enteId, `staff:${staff.id}`);
      return c.json({ id: u.id, name: u.name, size: u.size, type: u.mediaType, sha256: u.sha256 }, 201);
    });
}
