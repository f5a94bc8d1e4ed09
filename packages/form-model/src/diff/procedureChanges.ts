import type { LoginLevel, Module, Procedure } from '../types';
import { sameJson } from './locate';
import type { ModuleChange, VersionBump } from './ModuleChange';

/** Procedure data that only informs (text, names, contacts): a change is a patch. */
const TEXT_ONLY = new Set([
  'description',
  'legalBasis',
  'remedies',
  'statusInfo',
  'classification',
  'office',
  'responsible',
  'substitute',
]);

const ITALIAN: Record<string, string> = {
  description: 'descrizione del procedimento',
  legalBasis: 'riferimenti normativi',
  office: 'ufficio',
  responsible: 'responsabile del procedimento',
  substitute: 'titolare del potere sostitutivo',
  termDays: 'termine di conclusione',
  silenzioAssenso: 'silenzio assenso',
  selfDeclaration: 'autocertificazione',
  attachments: 'documenti da allegare',
  fees: 'costi',
  remedies: 'strumenti di tutela',
  classification: 'classificazione',
  loginLevel: 'livello di accesso',
  statusInfo: 'informazioni sullo stato',
  routing: 'assegnazione delle pratiche',
};

const LOGIN_ORDER: LoginLevel[] = ['none', 'SpidL1', 'SpidL2', 'SpidL3'];

/**
 * Changes of the art. 35 data and the module's own texts. None refuses a submission by itself
 * (the attachment fields do that), except a stronger login level, which a draft started with a
 * weaker identity cannot reach.
 */
export function procedureChanges(a: Module, b: Module): ModuleChange[] {
  const out: ModuleChange[] = [];
  if (a.id !== b.id)
    out.push({
      kind: 'module-id-changed',
      path: '/id',
      before: a.id,
      after: b.id,
      breaking: true,
      bump: 'major',
      message: {
        it: `L'identificativo del modulo cambia da ${a.id} a ${b.id}`,
        en: `module id changed from ${a.id} to ${b.id}`,
      },
    });
  for (const key of ['title', 'description'] as const)
    if (!sameJson(a[key], b[key]))
      out.push({
        kind: 'module-text-changed',
        path: `/${key}`,
        property: key,
        before: a[key],
        after: b[key],
        breaking: false,
        bump: 'patch',
        message: {
          it: `${key === 'title' ? 'Titolo' : 'Descrizione'} del modulo cambiato`,
          en: `module ${key} changed`,
        },
      });
  const keys = new Set([...Object.keys(a.procedure), ...Object.keys(b.procedure)]) as Set<keyof Procedure>;
  for (const key of [...keys].sort()) {
    const [before, after] = [a.procedure[key], b.procedure[key]];
    if (sameJson(before, after)) continue;
    let breaking = false;
    let bump: VersionBump = TEXT_ONLY.has(key) ? 'patch' : 'minor';
    if (key === 'loginLevel') {
      breaking = LOGIN_ORDER.indexOf(after as LoginLevel) > LOGIN_ORDER.indexOf(before as LoginLevel);
      if (breaking) bump = 'major';
    }
    const label = ITALIAN[key] ?? key;
    out.push({
      kind: 'procedure-changed',
      path: `/procedure/${key}`,
      property: key,
      before,
      after,
      breaking,
      bump,
      message: {
        it:
          key === 'termDays'
            ? `Termine di conclusione: da ${String(before)} a ${String(after)} giorni`
            : `Cambiato: ${label}${breaking ? ' (più restrittivo)' : ''}`,
        en:
          key === 'termDays'
            ? `term changed from ${String(before)} to ${String(after)} days`
            : `procedure ${key} changed${breaking ? ' (stricter)' : ''}`,
      },
    });
  }
  return out;
}
