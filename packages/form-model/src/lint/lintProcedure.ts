import { localize } from '../localize';
import type { Contact, Module } from '../types';
import { walkFields } from '../walkFields';
import type { LintFinding } from './LintFinding';

/** Art. 2 c. 4 L. 241/1990: terms over 90 days only with reasons, and never over 180 but for citizenship and immigration. */
const TERM_NEEDS_REASONS = 90;
const TERM_LEGAL_MAX = 180;

const hasContact = (c: Contact) => Boolean(c.email || c.pec || c.phone);
const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * What the law asks of the procedure data before a module is published: D.Lgs 33/2013 art. 35
 * (contacts of the office, of the responsabile and of the substitute; the documents to attach),
 * L. 241/1990 art. 2 (a distinct substitute; the term), and that every document the procedure
 * requires is one the form asks for, and vice versa.
 */
export function lintProcedure(module: Module): LintFinding[] {
  const p = module.procedure;
  const findings: LintFinding[] = [];
  const add = (
    severity: LintFinding['severity'],
    code: string,
    message: string,
    path: string,
    params?: Record<string, unknown>,
  ) =>
    findings.push({
      severity,
      code,
      message,
      path,
      ...(params ? { params: { id: path.split('.').at(-1), ...params } } : {}),
    });

  if (sameName(p.responsible.name, p.substitute.name)) {
    add(
      'error',
      'substitute_is_responsible',
      'Il titolare del potere sostitutivo deve essere una persona diversa dal responsabile del procedimento (L. 241/1990, art. 2 c. 9-bis).',
      'procedure.substitute',
    );
  }
  if (!hasContact(p.office)) {
    add(
      'warning',
      'office_without_contact',
      "Indica l'e-mail, la PEC o il telefono dell'ufficio (D.Lgs 33/2013, art. 35).",
      'procedure.office',
    );
  }
  if (!hasContact(p.responsible)) {
    add(
      'warning',
      'responsible_without_contact',
      'Indica il telefono e l’e-mail istituzionale del responsabile del procedimento (D.Lgs 33/2013, art. 35 c. 1 c).',
      'procedure.responsible',
    );
  }
  if (!hasContact(p.substitute)) {
    add(
      'warning',
      'substitute_without_contact',
      'Indica il telefono e l’e-mail istituzionale del titolare del potere sostitutivo (D.Lgs 33/2013, art. 35 c. 1 m).',
      'procedure.substitute',
    );
  }
  if (p.termDays > TERM_LEGAL_MAX) {
    add(
      'warning',
      'term_over_180_days',
      `Un termine di ${p.termDays} giorni supera i 180 ammessi (L. 241/1990, art. 2 c. 4), salvo cittadinanza e immigrazione: controlla la norma.`,
      'procedure.termDays',
      { termDays: p.termDays },
    );
  } else if (p.termDays > TERM_NEEDS_REASONS) {
    add(
      'info',
      'term_over_90_days',
      `Un termine di ${p.termDays} giorni supera i 90: la norma che lo fissa va indicata nei riferimenti (L. 241/1990, art. 2 c. 4).`,
      'procedure.termDays',
      { termDays: p.termDays },
    );
  }
  for (const fee of p.fees) {
    if (fee.amountCents === undefined && !fee.description) {
      add(
        'warning',
        'fee_without_amount',
        `Il costo «${localize(fee.label)}» non ha importo né spiegazione di come si calcola.`,
        `procedure.fees.${fee.id}`,
        { label: fee.label },
      );
    }
  }

  const fields = walkFields(module).map((l) => l.field);
  if (p.loginLevel === 'none') {
    for (const f of fields.filter((f) => f.prefill)) {
      add(
        'error',
        'prefill_without_login',
        `Il campo "${f.id}" si precompila dall'identità digitale, ma il modulo non richiede l'accesso con SPID o CIE.`,
        f.id,
      );
    }
  }
  const attachmentFields = new Map(fields.filter((f) => f.kind === 'attachment').map((f) => [f.id, f]));
  for (const a of p.attachments) {
    const field = attachmentFields.get(a.id);
    if (!field) {
      add(
        'error',
        'attachment_not_asked',
        `Il documento «${localize(a.label)}» è richiesto dal procedimento, ma il modulo non ha un campo allegato "${a.id}" per caricarlo.`,
        `procedure.attachments.${a.id}`,
      );
    } else if (a.required && !field.required) {
      add(
        'warning',
        'attachment_optional_in_form',
        `Il documento «${localize(a.label)}» è obbligatorio per il procedimento, ma nel modulo il campo "${a.id}" è facoltativo.`,
        a.id,
      );
    }
  }
  const published = new Set(p.attachments.map((a) => a.id));
  for (const id of attachmentFields.keys()) {
    if (!published.has(id)) {
      // An administration may not ask for what it has not published (D.Lgs 33/2013, art. 35 c. 1 d).
      add(
        'warning',
        'attachment_not_published',
        `Il campo allegato "${id}" non è tra i documenti pubblicati del procedimento: aggiungilo all'elenco.`,
        id,
      );
    }
  }
  return findings;
}
