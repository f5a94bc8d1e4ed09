import type { Module } from '@modulo/form-model';
import { localize } from '@modulo/form-model';

/** One published procedure of an ente with its D.Lgs 33/2013 art. 35 data, flat for JSON and CSV. */
export interface ServiceEntry {
  ente: string;
  moduleId: string;
  version: string;
  publishedAt: string;
  title: string;
  description: string;
  legalBasis: string;
  office: string;
  officeAddress: string;
  officeHours: string;
  officeEmail: string;
  officePec: string;
  officePhone: string;
  responsible: string;
  responsibleRole: string;
  responsibleEmail: string;
  responsiblePhone: string;
  substitute: string;
  substituteRole: string;
  substituteEmail: string;
  substitutePec: string;
  substitutePhone: string;
  termDays: number;
  silenzioAssenso: boolean;
  selfDeclaration: boolean;
  loginLevel: string;
  attachments: string;
  fees: string;
  remedies: string;
  statusInfo: string;
  /** The online service: where a citizen reads the procedure and files. */
  serviceUrl: string;
  /** The module document and its schema, for integrators. */
  moduleUrl: string;
}

const euro = new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR' });

/**
 * The art. 35 entry of one published module, in Italian (or `lang` where the module has it).
 * Lists become "; "-separated text so that the CSV stays one row per procedure.
 */
export function serviceEntry(
  enteId: string,
  published: { module: Module; version: string; publishedAt: string },
  baseUrl: string,
  lang = 'it',
): ServiceEntry {
  const m = published.module;
  const p = m.procedure;
  const t = (x: Parameters<typeof localize>[0]) => localize(x, lang);
  return {
    ente: enteId,
    moduleId: m.id,
    version: published.version,
    publishedAt: published.publishedAt,
    title: t(m.title),
    description: t(m.description ?? p.description),
    legalBasis: p.legalBasis.join('; '),
    office: t(p.office.name),
    officeAddress: p.office.address ?? '',
    officeHours: p.office.hours ? t(p.office.hours) : '',
    officeEmail: p.office.email ?? '',
    officePec: p.office.pec ?? '',
    officePhone: p.office.phone ?? '',
    responsible: p.responsible.name,
    responsibleRole: t(p.responsible.role),
    responsibleEmail: p.responsible.email ?? '',
    responsiblePhone: p.responsible.phone ?? '',
    substitute: p.substitute.name,
    substituteRole: t(p.substitute.role),
    substituteEmail: p.substitute.email ?? '',
    substitutePec: p.substitute.pec ?? '',
    substitutePhone: p.substitute.phone ?? '',
    termDays: p.termDays,
    silenzioAssenso: p.silenzioAssenso,
    selfDeclaration: p.selfDeclaration,
    loginLevel: p.loginLevel,
    attachments: p.attachments
      .map((a) => `${t(a.label)} (${a.required ? 'obbligatorio' : 'facoltativo'})`)
      .join('; '),
    fees: p.fees
      .map((f) => {
        const amount =
          f.amountCents === undefined ? 'importo calcolato dalla domanda' : euro.format(f.amountCents / 100);
        return `${t(f.label)}: ${amount}, ${f.method === 'bollo' ? 'marca da bollo' : 'pagoPA'}`;
      })
      .join('; '),
    remedies: t(p.remedies),
    statusInfo: p.statusInfo ? t(p.statusInfo) : '',
    serviceUrl: `${baseUrl}/entes/${enteId}/modules/${m.id}`,
    moduleUrl: `${baseUrl}/api/entes/${enteId}/modules/${m.id}/versions/${published.version}`,
  };
}

/** The CSV columns, in order: the header even when an ente has published nothing yet. */
export const SERVICE_COLUMNS: readonly (keyof ServiceEntry)[] = [
  'ente',
  'moduleId',
  'version',
  'publishedAt',
  'title',
  'description',
  'legalBasis',
  'office',
  'officeAddress',
  'officeHours',
  'officeEmail',
  'officePec',
  'officePhone',
  'responsible',
  'responsibleRole',
  'responsibleEmail',
  'responsiblePhone',
  'substitute',
  'substituteRole',
  'substituteEmail',
  'substitutePec',
  'substitutePhone',
  'termDays',
  'silenzioAssenso',
  'selfDeclaration',
  'loginLevel',
  'attachments',
  'fees',
  'remedies',
  'statusInfo',
  'serviceUrl',
  'moduleUrl',
];
