import type { Database } from 'better-sqlite3';
import type { UploadRecord, UploadStore } from '../UploadStore';

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

function toRecord(r: UploadRow): UploadRecord {
  return {
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
  };
}

/** Uploads with their bytes in the database (files are small: ≤ 100 MB by the format). */
export class SqliteUploadStore implements UploadStore {
  constructor(private readonly db: Database) {}

  create(record: Omit<UploadRecord, 'praticaCode'>, content: Uint8Array): Promise<UploadRecord> {
    this.db
      .prepare(`INSERT INTO uploads (${COLUMNS}, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)`)
      .run(
        record.id,
        record.enteId,
        record.owner,
        record.name,
        record.mediaType,
        record.size,
        record.sha256,
        record.createdAt,
        record.expiresAt,
        content,
      );
    return Promise.resolve({ ...record });
  }

  get(enteId: string, id: string): Promise<UploadRecord | undefined> {
    const row = this.db
      .prepare(`SELECT ${COLUMNS} FROM uploads WHERE ente_id = ? AND id = ?`)
      .get(enteId, id) as UploadRow | undefined;
    return Promise.resolve(row && toRecord(row));
  }

  content(enteId: string, id: string): Promise<Uint8Array | undefined> {
    const row = this.db
      .prepare('SELECT content FROM uploads WHERE ente_id = ? AND id = ?')
      .get(enteId, id) as { content: Buffer } | undefined;
    return Promise.resolve(row && new Uint8Array(row.content));
  }

  purgeExpired(now: Date): Promise<number> {
    const info = this.db
      .prepare('DELETE FROM uploads WHERE pratica_code IS NULL AND expires_at <= ?')
      .run(now.toISOString());
    return Promise.resolve(info.changes);
  }
}
