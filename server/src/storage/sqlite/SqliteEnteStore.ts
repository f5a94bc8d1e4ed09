import type { Database } from 'better-sqlite3';
import type { DirectoryOffice, Ente, EnteStore, StaffMember } from '../EnteStore';
import { CacheVersions } from './cacheVersions';

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
}

/**
 * Entes with their directories. Reads are cached per ente until the next `put`, here or on
 * another connection to the file (`CacheVersions`), and shared: callers must not mutate what they
 * get.
 */
export class SqliteEnteStore implements EnteStore {
  private readonly cache = new Map<string, Ente>();
  private readonly upsertEnte;
  private readonly selectEnte;
  private readonly selectAll;
  private readonly selectOffices;
  private readonly selectStaff;
  private readonly selectStaffOffices;

  constructor(
    private readonly db: Database,
    private readonly caches = new CacheVersions(db),
  ) {
    this.upsertEnte = db.prepare(`INSERT INTO entes
      (id, kind, name, ipa_code, aoo_code, aoo_name, aoo_register, unione, patron, embed_origins)
      VALUES (@id, @kind, @name, @ipa_code, @aoo_code, @aoo_name, @aoo_register, @unione, @patron, @embed_origins)
      ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name,
        ipa_code = excluded.ipa_code, aoo_code = excluded.aoo_code, aoo_name = excluded.aoo_name,
        aoo_register = excluded.aoo_register, unione = excluded.unione, patron = excluded.patron,
        embed_origins = excluded.embed_origins`);
    this.selectEnte = db.prepare('SELECT * FROM entes WHERE id = ?');
    this.selectAll = db.prepare('SELECT id FROM entes ORDER BY kind DESC, name');
    this.selectOffices = db.prepare('SELECT id, name, data FROM offices WHERE ente_id = ? ORDER BY position');
    this.selectStaff = db.prepare('SELECT id, name, data FROM staff WHERE ente_id = ? ORDER BY position');
    this.selectStaffOffices = db.prepare(
      'SELECT staff_id, office_id FROM staff_offices WHERE ente_id = ? ORDER BY rowid',
    );
  }

  put(ente: Ente): Promise<void> {
    const db = this.db;
    db.transaction(() => {
      this.upsertEnte.run({
        id: ente.id,
        kind: ente.kind,
        name: ente.name,
        ipa_code: ente.ipaCode,
        aoo_code: ente.aoo.code,
        aoo_name: ente.aoo.name,
        aoo_register: ente.aoo.register,
        unione: ente.unione ?? null,
        patron: ente.patron ?? null,
        embed_origins: JSON.stringify(ente.embedOrigins),
      });
      db.prepare('DELETE FROM staff_offices WHERE ente_id = ?').run(ente.id);
      db.prepare('DELETE FROM staff WHERE ente_id = ?').run(ente.id);
      db.prepare('DELETE FROM offices WHERE ente_id = ?').run(ente.id);
      const office = db.prepare(
        'INSERT INTO offices (ente_id, id, position, name, data) VALUES (?, ?, ?, ?, ?)',
      );
      ente.offices.forEach(({ id, name, ...data }, i) =>
        office.run(ente.id, id, i, name, JSON.stringify(data)),
      );
      const person = db.prepare(
        'INSERT INTO staff (ente_id, id, position, name, data) VALUES (?, ?, ?, ?, ?)',
      );
      const link = db.prepare('INSERT INTO staff_offices (ente_id, staff_id, office_id) VALUES (?, ?, ?)');
      ente.staff.forEach(({ id, name, offices, ...data }, i) => {
        person.run(ente.id, id, i, name, JSON.stringify(data));
        for (const o of offices) link.run(ente.id, id, o);
      });
    })();
    this.cache.clear();
    return Promise.resolve();
  }

  setEmbedOrigins(id: string, origins: string[]): Promise<boolean> {
    const r = this.db
      .prepare('UPDATE entes SET embed_origins = ? WHERE id = ?')
      .run(JSON.stringify(origins), id);
    this.cache.delete(id);
    return Promise.resolve(r.changes === 1);
  }

  get(id: string): Promise<Ente | undefined> {
    return Promise.resolve(this.read(id));
  }

  list(): Promise<Ente[]> {
    const ids = this.selectAll.all() as { id: string }[];
    return Promise.resolve(ids.map((r) => this.read(r.id)!));
  }

  private read(id: string): Ente | undefined {
    if (this.caches.stale('directory')) this.cache.clear();
    const cached = this.cache.get(id);
    if (cached) return cached;
    const row = this.selectEnte.get(id) as EnteRow | undefined;
    if (!row) return undefined;
    const members = (
      this.db.prepare('SELECT id FROM entes WHERE unione = ? ORDER BY name').all(id) as { id: string }[]
    ).map((r) => r.id);
    const offices = (this.selectOffices.all(id) as { id: string; name: string; data: string }[]).map(
      (r): DirectoryOffice => ({ id: r.id, name: r.name, ...(JSON.parse(r.data) as object) }),
    );
    const links = this.selectStaffOffices.all(id) as { staff_id: string; office_id: string }[];
    const staff = (this.selectStaff.all(id) as { id: string; name: string; data: string }[]).map(
      (r): StaffMember => ({
        id: r.id,
        name: r.name,
        ...(JSON.parse(r.data) as Omit<StaffMember, 'id' | 'name' | 'offices'>),
        offices: links.filter((l) => l.staff_id === r.id).map((l) => l.office_id),
      }),
    );
    const ente: Ente = {
      id: row.id,
      kind: row.kind,
      name: row.name,
      ipaCode: row.ipa_code,
      aoo: { code: row.aoo_code, name: row.aoo_name, register: row.aoo_register },
      members,
      ...(row.unione ? { unione: row.unione } : {}),
      ...(row.patron ? { patron: row.patron } : {}),
      embedOrigins: JSON.parse(row.embed_origins) as string[],
      offices,
      staff,
    };
    this.cache.set(id, ente);
    return ente;
  }
}
