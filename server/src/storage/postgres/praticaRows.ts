import type { PraticaEvent } from '@modulo/procedure';
import type { Assignment, FiledAttachment, StoredPratica } from '../PraticaStore';

/** A pratica row with its attachments, register hash and later events (see `SELECT_PRATICA`). */
export interface PraticaRow {
  code: string;
  ente_id: string;
  module_id: string;
  module_version: string;
  submitter: string;
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
  attachments: FiledAttachment[];
  register_hash: string | null;
  events: string[];
}

/** The attachments of pratica `p`, as `FiledAttachment` JSON, in order. */
export const ATTACHMENTS_OF_P = `(SELECT coalesce(json_agg(json_build_object('fieldId', a.field_id,
  'uploadId', a.upload_id, 'name', a.name, 'mediaType', a.media_type, 'size', a.size, 'sha256', a.sha256)
  ORDER BY a.position), '[]') FROM pratica_attachments a WHERE a.pratica_code = p.code)`;

/** Everything of a pratica in one query; add a WHERE on `p`. */
export const SELECT_PRATICA = `SELECT p.*, r.hash AS register_hash, ${ATTACHMENTS_OF_P} AS attachments,
  (SELECT coalesce(array_agg(e.event ORDER BY e.seq), '{}') FROM pratica_events e WHERE e.pratica_code = p.code) AS events
  FROM pratiche p LEFT JOIN register r ON r.pratica_code = p.code`;

export function toPratica(row: PraticaRow): StoredPratica {
  return {
    code: row.code,
    enteId: row.ente_id,
    moduleId: row.module_id,
    moduleVersion: row.module_version,
    submitter: row.submitter,
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
    attachments: row.attachments,
    registerHash: row.register_hash ?? '',
    events: [
      { type: 'presented', at: row.protocol_at, by: row.submitter },
      ...row.events.map((e) => JSON.parse(e) as PraticaEvent),
    ],
  };
}
