import type { z } from '@hono/zod-openapi';
import type { Calendar, Pratica } from '@modulo/procedure';
import { deadline, romeDate, statusLabel, timeline } from '@modulo/procedure';
import type { StoredPratica } from '../storage/PraticaStore';
import { localize } from '@modulo/form-model';
import type { Store } from '../storage/Store';
import { allowedActions } from './allowedActions';
import type { PraticaContext } from './praticaClock';
import type { InboxItemSchema, PraticaDetailSchema } from './schemas';

type InboxItem = z.infer<typeof InboxItemSchema>;
type PraticaDetail = z.infer<typeof PraticaDetailSchema>;

/** The stored facts an inbox line shows. */
type InboxSource = Pick<StoredPratica, 'code' | 'subject' | 'moduleId' | 'moduleVersion' | 'assignment'> & {
  protocol: Pick<StoredPratica['protocol'], 'number' | 'year' | 'date' | 'segnatura'>;
};

/** One line of the inbox, with the clock read as of `now`. */
export function inboxItem(
  p: InboxSource,
  rules: { pratica: Pratica; calendar: Calendar },
  now: Date,
  comune: string | null,
): InboxItem {
  const d = deadline(rules.pratica, rules.calendar, now.toISOString());
  return {
    code: p.code,
    subject: p.subject,
    moduleId: p.moduleId,
    moduleVersion: p.moduleVersion,
    status: d.status,
    protocol: {
      number: p.protocol.number,
      year: p.protocol.year,
      date: p.protocol.date,
      segnatura: p.protocol.segnatura,
    },
    assignment: p.assignment,
    deadline: d.dueDate,
    daysLeft: d.daysLeft,
    overdue: d.overdue,
    ...(d.suspendedNow && d.suspensionLatestEnd ? { suspendedUntil: d.suspensionLatestEnd } : {}),
    ...(comune ? { comune } : {}),
  };
}

/** The whole pratica for the staff page: answers, documents, protocol, clock, timeline, messages, actions. */
export async function praticaDetail(
  store: Store,
  ctx: PraticaContext,
  now: Date,
  by: string,
): Promise<PraticaDetail> {
  const p = ctx.stored;
  const clock = await store.backoffice.clockOf(p.code);
  const item = inboxItem(p, ctx, now, clock?.comune ?? null);
  const doc = JSON.parse(p.document) as { answers?: Record<string, unknown> };
  const tl = timeline(ctx.pratica, ctx.calendar, now.toISOString());
  return {
    code: p.code,
    subject: p.subject,
    status: tl.status,
    statusLabel: statusLabel(tl.status, tl.deadline.statusReason),
    ente: { id: ctx.ente.id, name: ctx.ente.name },
    submitter: p.submitter,
    module: {
      id: p.moduleId,
      version: p.moduleVersion,
      ...(ctx.published ? { title: localize(ctx.published.module.title) } : {}),
      document: ctx.published?.module ?? null,
    },
    answers: doc.answers ?? {},
    attachments: p.attachments.map((a) => ({
      field: a.fieldId,
      uploadId: a.uploadId,
      name: a.name,
      mediaType: a.mediaType,
      size: a.size,
      sha256: a.sha256,
    })),
    documentSha256: p.documentSha256,
    registerHash: p.registerHash,
    protocol: p.protocol,
    fees: p.fees,
    route: p.assignment,
    deadline: item.deadline,
    daysLeft: item.daysLeft,
    overdue: item.overdue,
    ...(item.suspendedUntil ? { suspendedUntil: item.suspendedUntil } : {}),
    ...(item.comune ? { comune: item.comune } : {}),
    timeline: tl,
    outgoing: await store.backoffice.outgoing(p.code),
    messages: await store.backoffice.messages(p.code),
    allowedActions: allowedActions(ctx, now, by),
  };
}

/** Today in Rome for a request's clock. */
export const todayOf = (now: Date): string => romeDate(now.toISOString());
