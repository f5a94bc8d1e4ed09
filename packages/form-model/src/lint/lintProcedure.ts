import type { FieldKindRegistry } from '../kinds/FieldKind';
import { builtInRegistry } from '../kinds/registry';
import type { Contact, Module } from '../types';
import { walkFields } from '../walkFields';
import { completeFindings } from './completeFindings';
import type { LintDraft, LintFinding } from './LintFinding';

/** Art. 2 c. 4 L. 241/1990: terms over 90 days only with reasons, and never over 180 but for citizenship and immigration. */
const TERM_NEEDS_REASONS = 90;
const TERM_LEGAL_MAX = 180;

const hasContact = (c: Contact) => Boolean(c.email || c.pec || c.phone);
const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * What the law asks of the procedure data before a module is published: D.Lgs 33/2013 art. 35
 * (contacts of the office, of the responsabile and of the substitute; the documents to attach),
 * L. 241/1990 art. 2 (a distinct substitute; the term), and that every document the procedure
 * requires is one the form asks for (a field of a kind marked `document`), and vice versa.
 */
export function lintProcedure(module: Module, registry: FieldKindRegistry = builtInRegistry): LintFinding[] {
  const p = module.procedure;
  const findings: LintDraft[] = [];
  const add = (
    severity: LintDraft['severity'],
    code: string,
    subject: string,
    params?: LintDraft['params'],
  ) => findings.push({ severity, code, subject, ...(params ? { params } : {}) });

  if (sameName(p.responsible.name, p.substitute.name)) {
    add('error', 'substitute_is_responsible', 'procedure.substitute');
  }
  if (!hasContact(p.office)) add('warning', 'office_without_contact', 'procedure.office');
  if (!hasContact(p.responsible)) add('warning', 'responsible_without_contact', 'procedure.responsible');
  if (!hasContact(p.substitute)) add('warning', 'substitute_without_contact', 'procedure.substitute');
  if (p.termDays > TERM_LEGAL_MAX) {
    add('warning', 'term_over_180_days', 'procedure.termDays', { termDays: p.termDays });
  } else if (p.termDays > TERM_NEEDS_REASONS) {
    add('info', 'term_over_90_days', 'procedure.termDays', { termDays: p.termDays });
  }
  for (const fee of p.fees) {
    if (fee.amountCents === undefined && !fee.description) {
      add('warning', 'fee_without_amount', `procedure.fees.${fee.id}`, { label: fee.label });
    }
  }

  const fields = walkFields(module).map((l) => l.field);
  if (p.loginLevel === 'none') {
    for (const f of fields.filter((f) => f.prefill)) add('error', 'prefill_without_login', f.id);
  }
  const documentFields = new Map(fields.filter((f) => registry.get(f.kind)?.document).map((f) => [f.id, f]));
  for (const a of p.attachments) {
    const field = documentFields.get(a.id);
    if (!field) {
      add('error', 'attachment_not_asked', `procedure.attachments.${a.id}`, { document: a.label });
    } else if (a.required && !field.required) {
      add('warning', 'attachment_optional_in_form', a.id, { document: a.label });
    }
  }
  const published = new Set(p.attachments.map((a) => a.id));
  for (const id of documentFields.keys()) {
    // An administration may not ask for what it has not published (D.Lgs 33/2013, art. 35 c. 1 d).
    if (!published.has(id)) add('warning', 'attachment_not_published', id);
  }
  return completeFindings(module, findings, registry);
}
