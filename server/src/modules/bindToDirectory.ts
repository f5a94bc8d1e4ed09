import type { LocalizedText, Module, Office, Official } from '@modulo/form-model';

/** The part of an ente that a module binds to: its IPA codes and its directory. */
export interface DirectoryOf {
  ipaCode: string;
  aoo: { code: string };
  offices: {
    id: string;
    name: string;
    ipaUo?: string;
    email?: string;
    pec?: string;
    phone?: string;
    address?: string;
    hours?: string;
  }[];
  staff: { id: string; name: string; title: string; email?: string; phone?: string; offices: string[] }[];
}

/** One reason a module cannot be published against this directory. */
export interface BindingProblem {
  code:
    | 'office_unbound'
    | 'office_not_in_directory'
    | 'official_unbound'
    | 'official_not_in_directory'
    | 'responsible_not_in_office';
  /** Where in the module, e.g. "/procedure/routing/0/responsible". */
  path: string;
  message: string;
  messageEn: string;
}

const WHO = {
  responsible: ['il responsabile del procedimento', 'the responsible official'],
  substitute: ['il titolare del potere sostitutivo', 'the substitute official'],
} as const;

/**
 * Binds a module's office, responsible, substitute and routing targets to the ente's directory
 * by their format-3 ids, and copies the directory's current names and contacts into the module:
 * the published version states who is accountable as the directory says at publish time.
 * Refuses an entry that is not bound, unknown to the directory, or a responsible who does not
 * work for the office.
 */
export function bindToDirectory(
  module: Module,
  dir: DirectoryOf,
): { ok: true; module: Module } | { ok: false; problems: BindingProblem[] } {
  const problems: BindingProblem[] = [];

  const office = (o: Office, path: string): Office => {
    if (!o.id) {
      problems.push({
        code: 'office_unbound',
        path,
        message: `L'ufficio "${o.name.it}" non è collegato a un ufficio della rubrica dell'ente: sceglilo dalla rubrica.`,
        messageEn: `Office "${o.name.it}" is not bound to an office of the ente's directory (no id).`,
      });
      return o;
    }
    const entry = dir.offices.find((e) => e.id === o.id);
    if (!entry) {
      problems.push({
        code: 'office_not_in_directory',
        path,
        message: `L'ufficio "${o.id}" non è nella rubrica dell'ente.`,
        messageEn: `Office "${o.id}" is not in the ente's directory.`,
      });
      return o;
    }
    return {
      id: entry.id,
      name: localized(entry.name, o.name),
      ipa: { ente: dir.ipaCode, aoo: dir.aoo.code, ...(entry.ipaUo ? { uo: entry.ipaUo } : {}) },
      ...pick(entry, ['email', 'pec', 'phone', 'address']),
      ...(entry.hours ? { hours: localized(entry.hours, o.hours) } : {}),
    };
  };

  const official = (
    p: Official,
    path: string,
    who: keyof typeof WHO,
    officeId: string | undefined,
  ): Official => {
    const [it, en] = WHO[who];
    if (!p.id) {
      problems.push({
        code: 'official_unbound',
        path,
        message: `${cap(it)} "${p.name}" non è collegato a una persona della rubrica dell'ente.`,
        messageEn: `${cap(en)} "${p.name}" is not bound to a person of the ente's directory (no id).`,
      });
      return p;
    }
    const entry = dir.staff.find((s) => s.id === p.id);
    if (!entry) {
      problems.push({
        code: 'official_not_in_directory',
        path,
        message: `${cap(it)} "${p.id}" non è nella rubrica dell'ente.`,
        messageEn: `${cap(en)} "${p.id}" is not in the ente's directory.`,
      });
      return p;
    }
    if (who === 'responsible' && officeId && !entry.offices.includes(officeId)) {
      problems.push({
        code: 'responsible_not_in_office',
        path,
        message: `${entry.name} non lavora per l'ufficio "${officeId}": il responsabile deve essere dell'ufficio competente.`,
        messageEn: `${entry.name} does not work for office "${officeId}": the responsible must belong to the competent office.`,
      });
    }
    return {
      id: entry.id,
      name: entry.name,
      role: localized(entry.title, p.role),
      ...pick(entry, ['email', 'phone']),
    };
  };

  // Whether a responsible belongs to an office is asked only of offices the directory knows.
  const known = (id: string | undefined) => (dir.offices.some((o) => o.id === id) ? id : undefined);
  const p = module.procedure;
  const bound: Module = {
    ...module,
    procedure: {
      ...p,
      office: office(p.office, '/procedure/office'),
      responsible: official(p.responsible, '/procedure/responsible', 'responsible', known(p.office.id)),
      substitute: official(p.substitute, '/procedure/substitute', 'substitute', undefined),
      ...(p.routing
        ? {
            routing: p.routing.map((r, i) => ({
              ...r,
              office: office(r.office, `/procedure/routing/${i}/office`),
              responsible: official(
                r.responsible,
                `/procedure/routing/${i}/responsible`,
                'responsible',
                known(r.office.id),
              ),
            })),
          }
        : {}),
    },
  };
  return problems.length ? { ok: false, problems } : { ok: true, module: bound };
}

/**
 * The directory's Italian text, keeping the module's translations only while they translate
 * that same Italian: a renamed office must not keep an English name of the old one.
 */
function localized(it: string, own: LocalizedText | undefined): LocalizedText {
  return own?.it === it ? own : { it };
}

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

function pick<T extends object, K extends keyof T>(o: T, keys: K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]])) as Partial<
    Pick<T, K>
  >;
}
