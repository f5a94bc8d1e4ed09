import type { PraticaEvent } from '@modulo/procedure';
import type { FiledAttachment, StoredPratica } from '../PraticaStore';
import type { PraticaRow as BaseRow } from '../praticaRow';
import { toStoredPratica } from '../praticaRow';

/** A pratica row with its attachments, register hash and later events (see `SELECT_PRATICA`). */
export interface PraticaRow extends BaseRow {
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
  const later = row.events.map((e) => JSON.parse(e) as PraticaEvent);
  return toStoredPratica(row, row.attachments, row.register_hash ?? '', later);
}
