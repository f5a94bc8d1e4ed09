import type { PraticaEvent } from '@modulo/procedure';
import type { Assignment, FiledAttachment, StoredPratica } from './PraticaStore';

/** A row of `pratiche`. */
export interface PraticaRow {
  code: string;
  ente_id: string;
  module_id: string;
  module_version: string;
  submitter: string;
  on_behalf_of?: string | null;
  status: string;
  aoo_code: string;
  protocol_year: number;
  protocol_number: number;
  protocol_at: string;
  protocol_date: string;
  segnatura: string;
  assignment: string;
  deadline: string;
  term_days: number;
  fees: string;
  subject: string;
  document: string;
  document_sha256: string;
}

/** A stored pratica from its rows. */
export function toStoredPratica(
  row: PraticaRow,
  attachments: FiledAttachment[],
  registerHash: string,
  later: PraticaEvent[],
): StoredPratica {
  return {
    code: row.code,
    enteId: row.ente_id,
    moduleId: row.module_id,
    moduleVersion: row.module_version,
    submitter: row.submitter,
    ...(row.on_behalf_of ? { onBehalfOf: row.on_behalf_of } : {}),
    status: row.status,
    protocol: {
      number: row.protocol_number,
      year: row.protocol_year,
      date: row.protocol_date,
      at: row.protocol_at,
      aoo: row.aoo_code,
      segnatura: row.segnatura,
    },
    assignment: JSON.parse(row.assignment) as Assignment,
    deadline: row.deadline,
    termDays: row.term_days,
    fees: JSON.parse(row.fees) as unknown,
    subject: row.subject,
    document: row.document,
    documentSha256: row.document_sha256,
    attachments,
    registerHash,
    events: [{ type: 'presented', at: row.protocol_at, by: row.submitter }, ...later],
  };
}
