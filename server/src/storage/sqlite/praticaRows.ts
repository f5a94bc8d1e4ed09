import type { FiledAttachment } from '../PraticaStore';
export type { PraticaRow } from '../praticaRow';
export { toStoredPratica as toPratica } from '../praticaRow';

/** A row of `pratica_attachments`. */
export interface AttachmentRow {
  field_id: string;
  upload_id: string;
  name: string;
  media_type: string;
  size: number;
  sha256: string;
}

/** The attachments of a pratica, in filing order. */
export const ATTACHMENTS_SQL =
  'SELECT field_id, upload_id, name, media_type, size, sha256 FROM pratica_attachments WHERE pratica_code = ? ORDER BY position';

export const toAttachment = (a: AttachmentRow): FiledAttachment => ({
  fieldId: a.field_id,
  uploadId: a.upload_id,
  name: a.name,
  mediaType: a.media_type,
  size: a.size,
  sha256: a.sha256,
});
