import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintModule, serialize } from '@modulo/form-model';
import { afterEach, describe, expect, it } from 'vitest';
import { moduleSuite } from './moduleSuite';
import { libraryModules, LibraryModuleError, loadModules, MODULES_DIR } from './registry';
import { librarySample, SAMPLES_DIR } from './samples';

const modules = libraryModules();

for (const module of modules) {
  moduleSuite(module, {
    validSamples: [{ name: `samples/${module.id}.valid.json`, data: librarySample(module.id) }],
  });
}

describe('the library', () => {
  it('has at least 12 modules with unique ids', () => {
    expect(modules.length).toBeGreaterThanOrEqual(12);
    expect(new Set(modules.map((m) => m.id)).size).toBe(modules.length);
  });

  it('has exactly one sample submission per module', () => {
    const samples = readdirSync(SAMPLES_DIR).filter((f) => f.endsWith('.valid.json'));
    expect(samples.sort()).toEqual(modules.map((m) => `${m.id}.valid.json`).sort());
  });

  it('has no lint warnings: the standard forms set the bar', () => {
    const findings = modules.flatMap((m) =>
      lintModule(m)
        .filter((f) => f.severity !== 'info')
        .map((f) => `${m.id} ${f.path} ${f.code}: ${f.message}`),
    );
    expect(findings).toEqual([]);
  });

  it('is described in the README: every module in the table, the example verbatim', () => {
    const readme = readFileSync(join(MODULES_DIR, '..', 'README.md'), 'utf8');
    for (const m of modules) expect(readme, m.id).toContain(`| \`${m.id}\``);
    const example = readFileSync(join(MODULES_DIR, 'segnalazione-disservizio.module.json'), 'utf8');
    expect(readme).toContain(example);
  });

  it('names each office and official by one id with one name across modules (the directory binds by id)', () => {
    const offices = new Map<string, string>();
    const people = new Map<string, string>();
    const same = (seen: Map<string, string>, id: string, value: unknown, where: string) => {
      const key = JSON.stringify(value);
      expect(seen.get(id) ?? key, `${where}: ${id}`).toBe(key);
      seen.set(id, key);
    };
    for (const m of modules) {
      const p = m.procedure;
      for (const o of [p.office, ...(p.routing ?? []).map((r) => r.office)]) {
        same(offices, o.id, { name: o.name, ipa: o.ipa }, m.id);
        expect(o.ipa, `${m.id}: ${o.id}`).toBeDefined();
      }
      for (const o of [p.responsible, p.substitute, ...(p.routing ?? []).map((r) => r.responsible)]) {
        same(people, o.id, o.name, m.id);
      }
    }
  });

  it('publishes the procedure data every citizen is owed', () => {
    for (const m of modules) {
      const { procedure } = m;
      expect(procedure.responsible.name, m.id).not.toBe(procedure.substitute.name);
      expect(procedure.office.email ?? procedure.office.pec, m.id).toBeDefined();
      expect(procedure.office.phone, m.id).toBeDefined();
      expect(m.version, m.id).toBe('1.0.0');
      expect(m.title.en, m.id).toBeDefined();
    }
  });
});

describe('loadModules', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });
  const tempDir = () => (dir = mkdtempSync(join(tmpdir(), 'form-library-')));

  it('loads the modules folder', () => {
    expect(loadModules(MODULES_DIR).map((m) => m.id)).toEqual(modules.map((m) => m.id));
  });

  it('fails loudly, naming the file, on a module that does not parse', () => {
    const d = tempDir();
    const good = modules[0]!;
    writeFileSync(join(d, `${good.id}.module.json`), serialize(good));
    writeFileSync(join(d, 'rotto.module.json'), JSON.stringify({ ...good, id: 'rotto', steps: [] }));
    expect(() => loadModules(d)).toThrow(LibraryModuleError);
    expect(() => loadModules(d)).toThrow(/rotto\.module\.json/);
  });

  it('fails on invalid JSON', () => {
    const d = tempDir();
    writeFileSync(join(d, 'guasto.module.json'), '{ "id": ');
    expect(() => loadModules(d)).toThrow(/guasto\.module\.json.*invalid JSON/);
  });

  it('fails when the file name does not match the id', () => {
    const d = tempDir();
    writeFileSync(join(d, 'altro-nome.module.json'), serialize(modules[0]!));
    expect(() => loadModules(d)).toThrow(/altro-nome\.module\.json.*file name must be/);
  });
});
