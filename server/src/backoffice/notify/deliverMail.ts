import type { StoredAuditEvent } from '../../storage/AuditStore';
import type { StoredPratica } from '../../storage/PraticaStore';
import type { Store } from '../../storage/Store';
import { receiptDataOf } from '../../receipt/receiptDataOf';
import { renderReceipt } from '../../receipt/renderReceipt';
import type { Mail, Mailer } from './mailer';
import { CITIZEN_TEXTS, renderMail } from './mailTexts';

/** The marker of the last audit event the mailer has handled. */
const CURSOR = 'mail:audit-seq';

/** The citizen's address as they gave it in the form (e-mail, else PEC). */
function citizenAddress(p: StoredPratica): string | undefined {
  const answers = (JSON.parse(p.document) as { answers?: Record<string, unknown> }).answers ?? {};
  const found = [answers['email'], answers['pec']].find((v) => typeof v === 'string' && v.includes('@'));
  return found as string | undefined;
}

async function mailsFor(store: Store, e: StoredAuditEvent, publicUrl: string): Promise<Mail[]> {
  if (!e.action.startsWith('pratica.')) return [];
  const p = await store.pratiche.get(e.subject);
  const ente = p && (await store.entes.get(p.enteId));
  if (!p || !ente) return [];
  const kind = e.action.slice('pratica.'.length);
  const link = `${publicUrl}/api/pratiche/${p.code}/receipt.pdf`;
  if (kind === 'filed') {
    const person = ente.staff.find((s) => s.id === p.assignment.responsibleId);
    const office = ente.offices.find((o) => o.id === p.assignment.officeId);
    const to = person?.email ?? office?.email;
    const version = await store.modules.version(p.enteId, p.moduleId, p.moduleVersion);
    if (!to) return [];
    const { text, html } = renderMail(
      `Nuova pratica ${p.code}: ${p.subject}`,
      [
        `Protocollo ${p.protocol.segnatura}.`,
        `Ufficio: ${p.assignment.officeName}. Responsabile: ${p.assignment.responsibleName}.`,
        `Da concludere entro il ${p.deadline}.`,
      ],
      `${publicUrl}/designer/`,
    );
    const receipt = version
      ? [
          {
            filename: `ricevuta-${p.code}.pdf`,
            content: await renderReceipt(receiptDataOf(p, ente, version.module, publicUrl)),
            contentType: 'application/pdf',
          },
        ]
      : [];
    return [
      {
        to,
        subject: `[${ente.name}] Nuova pratica ${p.code}: ${p.subject}`,
        text,
        html,
        attachments: receipt,
      },
    ];
  }
  const texts = CITIZEN_TEXTS[kind];
  const to = citizenAddress(p);
  if (!texts || !to) return [];
  const { title, body } = texts(e.data ?? {});
  const { text, html } = renderMail(title, [`Pratica ${p.code} – ${p.subject}.`, body], link);
  const attachments = [];
  const doc = e.data?.['document'] as { uploadId?: string; name?: string } | undefined;
  if (kind === 'concluded' && doc?.uploadId) {
    const content = await store.uploads.content(p.enteId, doc.uploadId);
    if (content)
      attachments.push({
        filename: doc.name ?? 'provvedimento.pdf',
        content,
        contentType: 'application/pdf',
      });
  }
  return [{ to, subject: `[${ente.name}] ${title} (${p.code})`, text, html, attachments }];
}

/**
 * Sends the e-mails owed for the audit events since the last run: to the responsible on a new
 * pratica (receipt attached), to the citizen on every change of their pratica (the final
 * document attached to the decision). The cursor is stored after each event, so a restart
 * resumes where it stopped. Returns how many mails went out.
 */
export async function deliverMail(store: Store, mailer: Mailer, publicUrl: string): Promise<number> {
  let seq = Number((await store.backoffice.lastRun(CURSOR)) ?? 0);
  let sent = 0;
  for (;;) {
    const events = await store.backoffice.auditAfter(seq, 100);
    if (events.length === 0) return sent;
    for (const e of events) {
      for (const mail of await mailsFor(store, e, publicUrl)) {
        await mailer.send(mail);
        sent++;
      }
      seq = e.seq;
      await store.backoffice.markRun(CURSOR, String(seq));
    }
  }
}
