import type { Module } from '@modulo/form-model';
import { formatDateIt } from '@modulo/procedure';
import type { StoredAuditEvent } from '../../storage/AuditStore';
import type { Ente } from '../../storage/EnteStore';
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

/** Who is the substitute official of the pratica's procedure, with an address to write to. */
function substituteOf(ente: Ente, module: Module | undefined): { name: string; email: string } | undefined {
  const official = module?.procedure.substitute;
  if (!official) return undefined;
  const email = official.email ?? ente.staff.find((s) => s.id === official.id)?.email;
  return email ? { name: official.name, email } : undefined;
}

async function mailsFor(store: Store, e: StoredAuditEvent, publicUrl: string): Promise<Mail[]> {
  if (!e.action.startsWith('pratica.')) return [];
  const p = await store.pratiche.get(e.subject);
  const ente = p && (await store.entes.get(p.enteId));
  if (!p || !ente) return [];
  const kind = e.action.slice('pratica.'.length);
  const link = `${publicUrl}/api/pratiche/${p.code}/receipt.pdf`;
  const version = await store.modules.version(p.enteId, p.moduleId, p.moduleVersion);
  const mails: Mail[] = [];
  const receipt = async () =>
    version
      ? [
          {
            filename: `ricevuta-${p.code}.pdf`,
            content: await renderReceipt(receiptDataOf(p, ente, version.module, publicUrl)),
            contentType: 'application/pdf',
          },
        ]
      : [];
  if (kind === 'filed') {
    const person = ente.staff.find((s) => s.id === p.assignment.responsibleId);
    const office = ente.offices.find((o) => o.id === p.assignment.officeId);
    const to = person?.email ?? office?.email;
    if (to) {
      const { text, html } = renderMail(
        `Nuova pratica ${p.code}: ${p.subject}`,
        [
          `Protocollo ${p.protocol.segnatura}.`,
          `Ufficio: ${p.assignment.officeName}. Responsabile: ${p.assignment.responsibleName}.`,
          `Da concludere entro il ${formatDateIt(p.deadline)}.`,
        ],
        `${publicUrl}/designer/`,
      );
      mails.push({
        to,
        subject: `[${ente.name}] Nuova pratica ${p.code}: ${p.subject}`,
        text,
        html,
        attachments: await receipt(),
      });
    }
  }
  if (kind === 'escalated' || kind === 'substitute-requested') {
    const substitute = substituteOf(ente, version?.module);
    if (substitute) {
      const byCitizen = kind === 'substitute-requested';
      const title = byCitizen
        ? `Richiesta di intervento sostitutivo: pratica ${p.code}`
        : `Pratica ${p.code} oltre il termine`;
      const { text, html } = renderMail(
        title,
        [
          `${p.subject} — protocollo ${p.protocol.segnatura}. Responsabile: ${p.assignment.responsibleName}.`,
          byCitizen
            ? 'Il cittadino chiede l’intervento del titolare del potere sostitutivo (art. 2 c. 9-ter L. 241/1990): la pratica va conclusa entro la metà del termine originario da oggi.'
            : 'Il termine per concludere è scaduto: come titolare del potere sostitutivo deve concluderla entro la metà del termine originario (art. 2 c. 9-ter L. 241/1990).',
        ],
        `${publicUrl}/designer/?area=pratiche`,
      );
      mails.push({ to: substitute.email, subject: `[${ente.name}] ${title}`, text, html, attachments: [] });
    }
  }
  const texts = CITIZEN_TEXTS[kind];
  const to = citizenAddress(p);
  if (!texts || !to) return mails;
  const { title, body } = texts({ ...e.data, protocol: p.protocol.segnatura, deadline: p.deadline });
  const { text, html } = renderMail(title, [`Pratica ${p.code} – ${p.subject}.`, body], link);
  const attachments: Mail['attachments'] = kind === 'filed' ? await receipt() : [];
  const doc = e.data?.['document'] as { uploadId?: string; name?: string } | undefined;
  if (kind === 'concluded' && doc?.uploadId) {
    const [content, record] = await Promise.all([
      store.uploads.content(p.enteId, doc.uploadId),
      store.uploads.get(p.enteId, doc.uploadId),
    ]);
    if (content)
      attachments.push({
        filename: doc.name ?? 'provvedimento.pdf',
        content,
        contentType: record?.mediaType ?? 'application/pdf',
      });
  }
  mails.push({ to, subject: `[${ente.name}] ${title} (${p.code})`, text, html, attachments });
  return mails;
}

/**
 * Sends the e-mails owed for the audit events since the last run: to the responsible on a new
 * pratica and to the citizen on its filing (receipt attached to both), to the citizen on every
 * change of their pratica (the final document attached to the decision), and to the substitute
 * official on an escalation or the citizen's request (art. 2 c. 9-ter). The cursor is stored after each event, so a restart
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
