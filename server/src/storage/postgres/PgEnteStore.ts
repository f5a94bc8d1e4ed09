import type { Pool } from 'pg';
import type { DirectoryOffice, Ente, EnteStore, StaffMember } from '../EnteStore';
import { inTransaction } from './pgPool';
import { SharedReads } from './SharedReads';

interface EnteRow {
  id: string;
  kind: 'comune' | 'unione';
  name: string;
  ipa_code: string;
  aoo_code: string;
  aoo_name: string;
  aoo_register: string;
  unione: string | null;
  patron: string | null;
  embed_origins: string;
  members: string[];
  offices: { id: string; name: string; data: string }[];
  staff: { id: string; name: string; data: string; offices: string[] }[];
}

/** One ente with members, offices, staff and their offices: one round trip. */
const SELECT_ENTE = `SELECT e.*,
  (SELECT coalesce(array_agg(m.id ORDER BY m.name COLLATE "C"), '{}') FROM entes m WHERE m.unione = e.id) AS members,
  (SELECT coalesce(json_agg(json_build_object('id', o.id, 'name', o.name, 'data', o.data) ORDER BY o.position), '[]')
     FROM offices o WHERE o.ente_id = e.id) AS offices,
  (SELECT coalesce(json_agg(json_build_object('id', s.id, 'name', s.name, 'data', s.data, 'offices',
      (SELECT coalesce(json_agg(so.office_id ORDER BY so.position), '[]') FROM staff_offices so
        WHERE so.ente_id = s.ente_id AND so.staff_id = s.id)) ORDER BY s.position), '[]')
     FROM staff s WHERE s.ente_id = e.id) AS staff
  FROM entes e`;

function toEnte(row: EnteRow): Ente {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    ipaCode: row.ipa_code,
    aoo: { code: row.aoo_code, name: row.aoo_name, register: row.aoo_register },
    // Copies: a row may be shared by concurrent reads (SharedReads).
    members: [...row.members],
    ...(row.unione ? { unione: row.unione } : {}),
    ...(row.patron ? { patron: row.patron } : {}),
    embedOrigins: JSON.parse(row.embed_origins) as string[],
    offices: row.offices.map((r): DirectoryOffice => ({
      id: r.id,
      name: r.name,
      ...(JSON.parse(r.data) as object),
    })),
    staff: row.staff.map((r): StaffMember => ({
      id: r.id,
      name: r.name,
      ...(JSON.parse(r.data) as Omit<StaffMember, 'id' | 'name' | 'offices'>),
      offices: [...r.offices],
    })),
  };
}

/**
 * Entes with their directories. No cache, unlike SQLite's: another instance may replace a
 * directory at any time, and roles are read fresh on every request; only reads of one ente
 * that overlap in time share a query (`SharedReads`).
 */
export class PgEnteStore implements EnteStore {
  private readonly reads = new SharedReads<EnteRow | undefined>();

  constructor(private readonly pool: Pool) {}

  async put(ente: Ente): Promise<void> {
    await inTransaction(this.pool, async (c) => {
      await c.query(
        `INSERT INTO entes (id, kind, name, ipa_code, aoo_code, aoo_name, aoo_register, unione, patron, embed_origins)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name,
           ipa_code = excluded.ipa_code, aoo_code = excluded.aoo_code, aoo_name = excluded.aoo_name,
           aoo_register = excluded.aoo_register, unione = excluded.unione, patron = excluded.patron,
           embed_origins = excluded.embed_origins`,
        [
          ente.id,
          ente.kind,
          ente.name,
          ente.ipaCode,
          ente.aoo.code,
          ente.aoo.name,
          ente.aoo.register,
          ente.unione ?? null,
          ente.patron ?? null,
          JSON.stringify(ente.embedOrigins),
        ],
      );
      await c.query('DELETE FROM staff_offices WHERE ente_id = $1', [ente.id]);
      await c.query('DELETE FROM staff WHERE ente_id = $1', [ente.id]);
      await c.query('DELETE FROM offices WHERE ente_id = $1', [ente.id]);
      const offices = ente.offices.map(({ id, name, ...data }, i) => ({
        id,
        name,
        i,
        data: JSON.stringify(data),
      }));
      await c.query(
        `INSERT INTO offices (ente_id, id, position, name, data)
         SELECT $1, id, i, name, data FROM json_to_recordset($2::json) AS x(id text, name text, i int, data text)`,
        [ente.id, JSON.stringify(offices)],
      );
      const staff = ente.staff.map(({ id, name, offices: _o, ...data }, i) => ({
        id,
        name,
        i,
        data: JSON.stringify(data),
      }));
      await c.query(
        `INSERT INTO staff (ente_id, id, position, name, data)
         SELECT $1, id, i, name, data FROM json_to_recordset($2::json) AS x(id text, name text, i int, data text)`,
        [ente.id, JSON.stringify(staff)],
      );
      const links = ente.staff.flatMap((s) => s.offices.map((o) => ({ s: s.id, o })));
      await c.query(
        `INSERT INTO staff_offices (ente_id, staff_id, office_id)
         SELECT $1, v->>'s', v->>'o' FROM json_array_elements($2::json) WITH ORDINALITY AS x(v, n) ORDER BY n`,
        [ente.id, JSON.stringify(links)],
      );
    });
    this.reads.forget();
  }

  async setEmbedOrigins(id: string, origins: string[]): Promise<boolean> {
    const r = await this.pool.query('UPDATE entes SET embed_origins = $2 WHERE id = $1', [
      id,
      JSON.stringify(origins),
    ]);
    this.reads.forget();
    return r.rowCount === 1;
  }

  async get(id: string): Promise<Ente | undefined> {
    const row = await this.reads.read(id, async () => {
      // Named: prepared once per connection (planning this query costs more than running it).
      const { rows } = await this.pool.query<EnteRow>({
        name: 'ente.get',
        text: `${SELECT_ENTE} WHERE e.id = $1`,
        values: [id],
      });
      return rows[0];
    });
    return row && toEnte(row);
  }

  async list(): Promise<Ente[]> {
    const { rows } = await this.pool.query<EnteRow>(
      `${SELECT_ENTE} ORDER BY e.kind DESC, e.name COLLATE "C"`,
    );
    return rows.map(toEnte);
  }
}
