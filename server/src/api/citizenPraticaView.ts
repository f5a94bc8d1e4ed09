import { z } from '@hono/zod-openapi';
import { applyEvent, praticaState, timeline } from '@modulo/procedure';
import type { TimelineLang } from '@modulo/procedure';
import { praticaContext } from '../backoffice/praticaClock';
import type { StoredPratica } from '../storage/PraticaStore';
import type { Store } from '../storage/Store';

export const CitizenDocumentSchema = z
  .object({
    kind: z
      .enum(['decision', 'message', 'filing'])
      .openapi({ description: 'The final decision, a message attachment, or an attachment of the filing' }),
    uploadId: z.string(),
    name: z.string(),
    mediaType: z.string(),
    size: z.number(),
    sha256: z.string(),
    url: z.string().openapi({ description: 'Download path for the pratica’s citizen' }),
  })
  .openapi('CitizenDocument');

export const CitizenProgressSchema = z
  .object({
    status: z.string(),
    statusLabel: z
      .string()
      .openapi({ description: '@modulo/procedure’s words, the same as the back office' }),
    suspended: z.boolean(),
    suspendedUntil: z.string().nullable().openapi({ description: 'Latest end of the current suspension' }),
    answerDueBy: z.string().nullable(),
    timeline: z.unknown().openapi({ description: 'timeline() of @modulo/procedure, as of now' }),
    integrationPending: z
      .boolean()
      .openapi({ description: 'An integration request waits for the citizen’s answer (a message)' }),
    observationsOpen: z.boolean().openapi({
      description: 'A preavviso di rigetto waits for observations: the next message is them (art. 10-bis)',
    }),
    canRequestSubstitute: z
      .boolean()
      .openapi({ description: 'The term has passed and the substitute was not asked yet (art. 2 c. 9-ter)' }),
    documents: z.array(CitizenDocumentSchema),
  })
  .openapi('CitizenProgress');

export type CitizenDocument = z.infer<typeof CitizenDocumentSchema>;
export type CitizenProgress = z.infer<typeof CitizenProgressSchema>;

/**
 * The documents of a pratica its citizen may download: the filing's attachments, every message
 * attachment (theirs and the office's) and the final decision.
 */
export async function citizenDocuments(store: Store, p: StoredPratica): Promise<CitizenDocument[]> {
  const url = (id: string) => `/api/pratiche/${p.code}/documents/${encodeURIComponent(id)}`;
  const out: CitizenDocument[] = p.attachments.map((a) => ({
    kind: 'filing' as const,
    uploadId: a.uploadId,
    name: a.name,
    mediaType: a.mediaType,
    size: a.size,
    sha256: a.sha256,
    url: url(a.uploadId),
  }));
  for (const m of await store.backoffice.messages(p.code))
    for (const a of m.attachments) out.push({ kind: 'message', ...a, url: url(a.uploadId) });
  const decisions = await store.audit.list(p.enteId, { subject: p.code, action: 'pratica.concluded' });
  for (const e of decisions) {
    const doc = e.data?.['document'] as { uploadId?: string } | undefined;
    const u = doc?.uploadId ? await store.uploads.get(p.enteId, doc.uploadId) : undefined;
    if (u && u.praticaCode === p.code)
      out.push({
        kind: 'decision',
        uploadId: u.id,
        name: u.name,
        mediaType: u.mediaType,
        size: u.size,
        sha256: u.sha256,
        url: url(u.id),
      });
  }
  return out;
}

/**
 * What a row of "Le mie pratiche" adds to the pratica: the state's words (the timeline's, in
 * `lang`) and the clock.
 */
export async function citizenListExtras(
  store: Store,
  p: StoredPratica,
  now: Date,
  lang: TimelineLang = 'it',
): Promise<{ statusLabel: string; suspended: boolean; answerDueBy: string | null }> {
  const ctx = await praticaContext(store, p);
  const tl = timeline(ctx.pratica, ctx.calendar, now.toISOString(), lang);
  return { statusLabel: tl.statusLabel, suspended: tl.deadline.suspendedNow, answerDueBy: tl.answerDueBy };
}

/** Where the citizen's pratica stands as of `now`: the same clock and words as the back office. */
export async function citizenProgress(
  store: Store,
  p: StoredPratica,
  now: Date,
  lang: TimelineLang = 'it',
): Promise<CitizenProgress> {
  const ctx = await praticaContext(store, p);
  const at = now.toISOString();
  const tl = timeline(ctx.pratica, ctx.calendar, at, lang);
  const probe = applyEvent(ctx.pratica, { type: 'substitute-requested', at, by: p.submitter }, ctx.calendar);
  const d = tl.deadline;
  return {
    status: tl.status,
    statusLabel: tl.statusLabel,
    suspended: d.suspendedNow,
    suspendedUntil: d.suspendedNow ? d.suspensionLatestEnd : null,
    answerDueBy: tl.answerDueBy,
    timeline: tl,
    integrationPending: tl.status === 'integration_requested',
    observationsOpen:
      tl.status === 'refusal_notice' && praticaState(ctx.pratica.events).observations === null,
    canRequestSubstitute: probe.ok,
    documents: await citizenDocuments(store, p),
  };
}
