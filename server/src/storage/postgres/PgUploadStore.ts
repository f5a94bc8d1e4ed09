import type { UploadRecord, UploadStore } from '../UploadStore';
import type { Queryable } from './pgPool';

interface UploadRow {
  id: string;
  ente_id: string;
  owner: string;
  name: string;
  media_type: string;
  size: number;
  sha256: string;
  created_at: string;
  expires_at: string;
  pratica_code: string | null;
}

const COLUMNS = 'id, ente_id, owner, name, media_type, size, sha256, created_at, expires_at, pratica_code';

const toRecord = (r: UploadRow): UploadRecord => ({
  id: r.id,
  enteId: r.ente_id,
  owner: r.owner,
  name: r.name,
  mediaType: r.media_type,
  size: r.size,
  sha256: r.sha256,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  ...(r.pratica_code === null ? {} : { praticaCode: r.pratica_code }),
});

/**
 * Uploads with their bytes in the database (`bytea`): staged uploads are visible to every
 * instance, so the upload and the filing may reach different ones.
 */
export class PgUploadStore implements UploadStore {
  constructor(private readonly q: Queryable) {}

  async create(record: Omit<UploadRecord, 'praticaCode'>, content: Uint8Array): Promise<UploadRecord> {
    await this.q.query(
      `INSERT INTO uploads (${COLUMNS}, content) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, NULL, $10)`,
      [
        record.id,
        record.enteId,
        record.owner,
        record.name,
        record.mediaType,
        record.size,
        record.sha256,
        record.createdAt,
        record.expiresAt,
        Buffer.from(content.buffer, content.byteOffset, content.byteLength),
      ],
    );
    return { ...record };
  }

  async get(enteId: string, id: string): Promise<UploadRecord | undefined> {
    const { rows } = await this.q.query<UploadRow>(
      `SELECT ${COLUMNS} FROM uploads WHERE ente_id = $1 AND id = $2`,
      [enteId, id],
    );
    return rows[0] && toRecord(rows[0]);
  }

  async content(enteId: string, id: string): Promise<Uint8Array | undefined> {
    const { rows } = await this.q.query<{ content: Buffer }>(
      'SELECT content FROM uploads WHERE ente_id = $1 AND id = $2',
      [enteId, id],
    );
    return rows[0] && new Uint8Array(rows[0].content);
  }

  async purgeExpired(now: Date): Promise<number> {
    const r = await this.q.query('DELETE FROM uploads WHERE pratica_code IS NULL AND expires_at <= $1', [
      now.toISOString(),
    ]);
    return r.rowCount ?? 0;
  }
}
