import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { getLibraryModule, librarySample } from '@modulo/form-library';
import { validateSubmission } from '@modulo/form-model';
import { suiteEnte } from '../storage/storeSuite';
import { testApp } from '../testing/testApp';

const mensa = getLibraryModule('iscrizione-mensa-scolastica')!;
const accesso = getLibraryModule('accesso-atti')!;
const t = testApp();
await t.store.entes.put(suiteEnte());
await t.store.entes.put(suiteEnte('altro', 'AOO_ALT'));
await t.store.modules.publish('borgo', mensa, new Date('2026-11-01T09:00:00Z'));
await t.store.modules.publish('borgo', { ...mensa, version: '1.1.0' }, new Date('2026-11-20T09:00:00Z'));
await t.store.modules.publish('borgo', accesso, new Date('2026-11-02T09:00:00Z'));

type Published = {
  moduleId: string;
  version: string;
  status: string;
  schema: { title: string };
  validatorUrl: string;
};
const code = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;
const importCode = <T>(js: string): Promise<T> =>
  import(`data:text/javascript;base64,${Buffer.from(js).toString('base64')}`) as Promise<T>;

describe('published modules (public)', { timeout: 30_000 }, () => {
  it('serves the current version compiled, and a pinned one', async () => {
    const res = await t.request('/api/entes/borgo/modules/iscrizione-mensa-scolastica');
    expect(res.status).toBe(200);
    const body = (await res.json()) as Published & { module: { id: string }; uiSchema: object };
    expect(body).toMatchObject({ moduleId: mensa.id, version: '1.1.0', status: 'published' });
    expect(body.schema.title).toBe(mensa.title.it);
    expect(body.validatorUrl).toBe(
      '/api/entes/borgo/modules/iscrizione-mensa-scolastica/versions/1.1.0/validator.js',
    );
    const en = (await (
      await t.request('/api/entes/borgo/modules/iscrizione-mensa-scolastica?lang=en')
    ).json()) as Published;
    expect(en.schema.title).toBe(mensa.title.en);
    const pinned = (await (
      await t.request('/api/entes/borgo/modules/iscrizione-mensa-scolastica/versions/1.0.0')
    ).json()) as Published;
    expect(pinned.version).toBe('1.0.0');
  });

  it('refuses unknown entes, modules and versions, and malformed ones, with coded errors', async () => {
    const cases: [string, number, string][] = [
      ['/api/entes/nessuno/modules/iscrizione-mensa-scolastica', 404, 'ente_not_found'],
      ['/api/entes/borgo/modules/non-esiste', 404, 'module_not_found'],
      // Nothing of one ente is visible through another.
      ['/api/entes/altro/modules/iscrizione-mensa-scolastica', 404, 'module_not_found'],
      ['/api/entes/borgo/modules/iscrizione-mensa-scolastica/versions/9.9.9', 404, 'version_not_found'],
      ['/api/entes/borgo/modules/iscrizione-mensa-scolastica/versions/latest', 400, 'invalid_request'],
      ['/api/entes/borgo/modules/Mensa_Scolastica', 400, 'invalid_request'],
      [
        '/api/entes/borgo/modules/iscrizione-mensa-scolastica/versions/9.9.9/validator.js',
        404,
        'version_not_found',
      ],
    ];
    for (const [path, status, expected] of cases) {
      const res = await t.request(path);
      expect(res.status, path).toBe(status);
      expect(await code(res), path).toBe(expected);
    }
  });

  it('serves the browser validator as an immutable ES module that judges like the server', async () => {
    const path = '/api/entes/borgo/modules/iscrizione-mensa-scolastica/versions/1.1.0/validator.js';
    const res = await t.request(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const js = await res.text();
    const { default: validate } = await importCode<{ default: (d: unknown) => boolean }>(js);
    const sample = librarySample(mensa.id);
    expect(validate(sample)).toBe(true);
    expect(validateSubmission(mensa, sample)).toEqual([]);
    expect(validate({ ...sample, intruso: 1 })).toBe(false);
    // Compiled once, then kept in the store and in memory: the same bytes every time.
    expect(await (await t.request(path)).text()).toBe(js);
    const db = new Database(t.file, { readonly: true });
    const row = db
      .prepare("SELECT count(*) AS n FROM module_validators WHERE ente_id = 'borgo' AND version = '1.1.0'")
      .get() as { n: number };
    db.close();
    expect(row.n).toBe(1);
    const rjsf = await t.request(path.replace('validator.js', 'validator-rjsf.js'));
    expect(rjsf.status).toBe(200);
    expect(await rjsf.text()).toMatch(/rootSchema/);
  });

  it('lists the catalogue as JSON and CSV with the art. 35 data, without archived modules', async () => {
    const json = (await (await t.request('/api/entes/borgo/services')).json()) as {
      services: {
        moduleId: string;
        version: string;
        responsible: string;
        serviceUrl: string;
        termDays: number;
      }[];
    };
    expect(json.services.map((s) => [s.moduleId, s.version])).toEqual([
      ['accesso-atti', '1.0.0'],
      ['iscrizione-mensa-scolastica', '1.1.0'],
    ]);
    expect(json.services[1]).toMatchObject({
      responsible: mensa.procedure.responsible.name,
      termDays: mensa.procedure.termDays,
      serviceUrl: 'https://modulo.example.it/entes/borgo/modules/iscrizione-mensa-scolastica',
    });
    const csv = await t.request('/api/entes/borgo/services.csv');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await csv.text()).split('\r\n');
    expect(lines[0]).toMatch(/^ente,moduleId,version,publishedAt,title,/);
    expect(lines).toHaveLength(4); // header, two rows, final CRLF
    expect(lines[2]).toContain(mensa.procedure.responsible.name);
    const empty = await (await t.request('/api/entes/altro/services.csv')).text();
    expect(empty.split('\r\n')[0]).toMatch(/^ente,moduleId,/);
  });

  it('hides an archived module from new filings but keeps its versions readable', async () => {
    await t.store.modules.archive('borgo', 'accesso-atti');
    const res = await t.request('/api/entes/borgo/modules/accesso-atti');
    expect(res.status).toBe(409);
    expect(await code(res)).toBe('module_archived');
    expect((await t.request('/api/entes/borgo/modules/accesso-atti/versions/1.0.0')).status).toBe(200);
    const json = (await (await t.request('/api/entes/borgo/services')).json()) as {
      services: { moduleId: string }[];
    };
    expect(json.services.map((s) => s.moduleId)).toEqual(['iscrizione-mensa-scolastica']);
  });

  it("renders the ente's catalogue and module pages", async () => {
    const page = (
      await (await t.request('/entes/borgo', { headers: { accept: 'text/html' } })).text()
    ).replace(/\s+/g, ' ');
    expect(page).toContain('Servizi online · Comune di borgo');
    expect(page).toContain('href="/entes/borgo/modules/iscrizione-mensa-scolastica"');
    expect(page).toContain('<a href="/api/entes/borgo/services.csv">CSV</a>');
    const mod = (await (await t.request('/entes/borgo/modules/iscrizione-mensa-scolastica')).text()).replace(
      /\s+/g,
      ' ',
    );
    expect(mod).toContain('href="/entes/borgo"');
    expect(mod).toContain('/api/entes/borgo/modules/iscrizione-mensa-scolastica/versions/1.1.0/validator.js');
    const missing = await t.request('/entes/borgo/modules/accesso-atti', {
      headers: { accept: 'text/html' },
    });
    expect(missing.status).toBe(404);
  });
});
