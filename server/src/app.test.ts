import { describe, expect, it } from 'vitest';
import { libraryModules, getLibraryModule } from '@modulo/form-library';
import { parseModule, sampleSubmission, validateSubmission } from '@modulo/form-model';
import { createApp } from './app';
import { memoryStore } from './testing/memoryStore';
import { servedOnFreePort } from './testing/serveOnFreePort';

const app = createApp({ store: memoryStore() });
const first = libraryModules()[0]!;

describe('module catalogue API', () => {
  it('lists every library module with its procedure summary', async () => {
    const res = await app.request('/api/modules');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { modules: { id: string; termDays: number; responsible: string }[] };
    expect(body.modules.map((m) => m.id)).toEqual(libraryModules().map((m) => m.id));
    expect(body.modules[0]?.termDays).toBe(first.procedure.termDays);
    expect(body.modules[0]?.responsible).toBe(first.procedure.responsible.name);
  });

  it('serves a module and its compiled 2020-12 schema', async () => {
    const doc = await (await app.request(`/api/modules/${first.id}`)).json();
    expect(doc).toEqual(getLibraryModule(first.id));
    const compiled = (await (await app.request(`/api/modules/${first.id}/schema`)).json()) as {
      schema: { $schema: string };
    };
    expect(compiled.schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('serves TypeScript types, a valid sample and the published meta-schema', async () => {
    const types = await app.request(`/api/modules/${first.id}/types`);
    expect(types.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await types.text()).toMatch(/export interface \w+Submission \{/);
    const sample = await (await app.request(`/api/modules/${first.id}/sample`)).json();
    expect(validateSubmission(first, sample)).toEqual([]);
    const meta = (await (await app.request('/api/meta-schema')).json()) as { $id: string };
    expect(meta.$id).toBe('urn:modulo:module-format:3');
    expect(parseModule(await (await app.request(`/api/modules/${first.id}`)).json()).ok).toBe(true);
  });

  it('answers an unknown module with a coded 404 in Italian and English', async () => {
    const res = await app.request('/api/modules/non-esiste');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: {
        code: 'module_not_found',
        message: 'Modulo "non-esiste" non trovato.',
        messageEn: 'Module "non-esiste" not found.',
      },
    });
  });

  it('validates a submission: sample passes, empty fails with paths, bad JSON is a 400', async () => {
    const post = (body: string) =>
      app.request(`/api/modules/${first.id}/validate`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json' },
      });
    const good = await post(JSON.stringify(sampleSubmission(first)));
    expect(good.status).toBe(200);
    expect(await good.json()).toEqual({ valid: true, errors: [] });
    const bad = await post('{}');
    expect(bad.status).toBe(422);
    const errors = ((await bad.json()) as { errors: { path: string; code: string }[] }).errors;
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.code === 'required' && e.path.startsWith('/'))).toBe(true);
    const broken = await post('{not json');
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { error: { code: string } }).error.code).toBe('invalid_json');
  });
});

describe('not found', () => {
  const browser = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

  it('answers a browser with an Italian HTML page and a way back to the catalogue', async () => {
    for (const [path, message] of [
      ['/modules/non-esiste', 'Modulo non trovato.'],
      ['/pagina/inesistente', "L'indirizzo richiesto non corrisponde a nessuna pagina."],
    ] as const) {
      const res = await app.request(path, { headers: browser });
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toContain('text/html');
      const page = await res.text();
      expect(page).toContain('<html lang="it">');
      expect(page).toContain('<h1>Pagina non trovata</h1>');
      expect(page).toContain(message.replace("'", '&#39;'));
      expect(page).toContain('<a href="/">catalogo dei moduli</a>');
    }
  });

  it('keeps the coded JSON 404 for the API, even when asked for HTML, and for non-browser clients', async () => {
    const api = await app.request('/api/modules/non-esiste', { headers: browser });
    expect(api.status).toBe(404);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe('module_not_found');
    const unknownApi = await app.request('/api/nulla', { headers: browser });
    expect(((await unknownApi.json()) as { error: { code: string } }).error.code).toBe('not_found');
    const curl = await app.request('/modules/non-esiste', { headers: { accept: '*/*' } });
    expect(curl.status).toBe(404);
    expect(await curl.json()).toEqual({
      error: { code: 'module_not_found', message: 'Modulo non trovato.', messageEn: 'Module not found.' },
    });
  });
});

describe('catalogue pages over a real HTTP port', () => {
  const served = servedOnFreePort(app);

  it('serves the Italian catalogue with a link to every module', async () => {
    const res = await fetch(`${served.base()}/`);
    expect(res.headers.get('content-type')).toContain('text/html');
    const page = await res.text();
    expect(page).toContain('<html lang="it">');
    for (const m of libraryModules()) expect(page).toContain(`href="/modules/${m.id}"`);
  });

  it('shows the responsible, the substitute and the term on a module page', async () => {
    const page = await (await fetch(`${served.base()}/modules/${first.id}`)).text();
    expect(page).toContain(first.procedure.responsible.name);
    expect(page).toContain(first.procedure.substitute.name);
    expect(page).toContain(`${first.procedure.termDays} giorni dalla presentazione`);
  });
});
