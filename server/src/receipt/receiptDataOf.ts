import type { FeeQuote, Module } from '@modulo/form-model';
import { localize, walkFields } from '@modulo/form-model';
import type { Ente } from '../storage/EnteStore';
import type { StoredPratica } from '../storage/PraticaStore';
import type { ReceiptContact, ReceiptData } from './ReceiptData';

/** Who filed: the names prefilled from SPID/CIE in the answers, else the fiscal code of the login. */
function applicantOf(
  module: Module,
  answers: Record<string, unknown>,
  submitter: string,
): ReceiptData['applicant'] {
  const bySource = (source: string) => {
    const field = walkFields(module).find((l) => l.field.prefill === source && l.parentId === undefined);
    const value = field ? answers[field.field.id] : undefined;
    return typeof value === 'string' && value.trim() ? value.trim() : undefined;
  };
  const fiscalCode = submitter.startsWith('citizen:')
    ? submitter.slice('citizen:'.length)
    : bySource('fiscalNumber');
  const name =
    bySource('fullName') ??
    ([bySource('givenName'), bySource('familyName')].filter(Boolean).join(' ') || undefined);
  const email = bySource('email');
  return {
    name: name ?? fiscalCode ?? submitter,
    ...(fiscalCode ? { fiscalCode } : {}),
    ...(email ? { email } : {}),
  };
}

/**
 * The receipt of a stored pratica: protocol data and hashes as registered, office and
 * responsabile as the directory named them at filing, the rest (substitute, remedies,
 * silenzio-assenso) from the exact module version it was filed against.
 */
export function receiptDataOf(p: StoredPratica, ente: Ente, module: Module, publicUrl: string): ReceiptData {
  const base = publicUrl.replace(/\/$/, '');
  const proc = module.procedure;
  const document = JSON.parse(p.document) as { answers?: Record<string, unknown> };
  const office = ente.offices.find((o) => o.id === p.assignment.officeId);
  const person = ente.staff.find((s) => s.id === p.assignment.responsibleId);
  const officeContact: ReceiptContact = office
    ? { ...office }
    : {
        name: p.assignment.officeName,
        ...(proc.office.address ? { address: proc.office.address } : {}),
        ...(proc.office.hours ? { hours: localize(proc.office.hours) } : {}),
      };
  const fees = (p.fees as FeeQuote).fees ?? [];
  return {
    ente: { name: ente.name, ipa: ente.ipaCode },
    aoo: { code: p.protocol.aoo, name: ente.aoo.name },
    protocol: {
      number: p.protocol.number,
      year: p.protocol.year,
      registeredAt: p.protocol.at,
      segnatura: p.protocol.segnatura,
    },
    pratica: { code: p.code },
    module: { id: p.moduleId, title: localize(module.title), version: p.moduleVersion },
    applicant: applicantOf(module, document.answers ?? {}, p.submitter),
    office: officeContact,
    responsible: {
      name: p.assignment.responsibleName,
      role: p.assignment.responsibleTitle,
      ...(person?.email ? { email: person.email } : {}),
      ...(person?.phone ? { phone: person.phone } : {}),
    },
    substitute: {
      name: proc.substitute.name,
      role: localize(proc.substitute.role),
      ...(proc.substitute.email ? { email: proc.substitute.email } : {}),
      ...(proc.substitute.pec ? { pec: proc.substitute.pec } : {}),
      ...(proc.substitute.phone ? { phone: proc.substitute.phone } : {}),
    },
    termDays: p.termDays,
    deadline: p.deadline,
    silenzioAssenso: proc.silenzioAssenso,
    remedies: localize(proc.remedies),
    // No payment is taken at filing yet: every fee is still due, by the method the module names.
    fees: fees
      .filter((f) => f.totalCents > 0)
      .map((f) => ({
        label: localize(f.label),
        amountCents: f.totalCents,
        method: f.method,
        status: 'due' as const,
      })),
    attachments: p.attachments.map((a) => ({
      name: a.name,
      size: a.size,
      type: a.mediaType,
      sha256: a.sha256,
    })),
    documentSha256: p.documentSha256,
    followUrl: `${base}/entes/${p.enteId}/pratiche/${p.code}`,
    verifyUrl: `${base}/verifica?code=${p.code}&hash=${p.documentSha256}`,
  };
}
