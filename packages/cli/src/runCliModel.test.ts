import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { libraryModules } from '@modulo/form-library';
import type { Module } from '@modulo/form-model';
import {
  exitCases,
  exitModule,
  feeCases,
  feeModule,
  routingCases,
  routingModule,
  serialize,
} from '@modulo/form-model';
import type { CliIo } from './io';
import { runCli } from './runCli';

function capture(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readFile: (p) => {
      if (p in files) return files[p]!;
      throw Object.assign(new Error('not found'), { code: 'ENOENT' });
    },
  };
  return { io, out, err };
}
const json = (v: unknown) => JSON.stringify(v);
const run = async (argv: string[], files: Record<string, string>) => {
  const c = capture(files);
  const code = await runCli(argv, c.io);
  return { code, out: c.out.join('\n'), err: c.err.join('\n') };
};

describe('pnpm modulo route / fees (the model’s routing and fee cases, through the CLI)', () => {
  it.each(routingCases.map((c) => [c.name, c] as const))('route: %s', async (_name, c) => {
    const r = await run(['route', 'm.json', 'd.json'], {
      'm.json': serialize(routingModule),
      'd.json': json(c.answers),
    });
    expect([r.code, r.err]).toEqual([0, '']);
    const route = JSON.parse(r.out);
    expect([route.office.id, route.responsible.id, route.ruleId]).toEqual([
      c.officeId,
      c.responsibleId,
      c.ruleId,
    ]);
  });

  it.each(feeCases.map((c) => [c.name, c] as const))('fees: %s', async (_name, c) => {
    const r = await run(['fees', 'm.json', 'd.json'], {
      'm.json': serialize(feeModule),
      'd.json': json(c.answers),
    });
    expect([r.code, r.err]).toEqual([0, '']);
    expect(JSON.parse(r.out)).toMatchObject(c.expected);
  });

  it('refuses answers that are not an object, name an unknown field or have the wrong type, with the path', async () => {
    const files = {
      'm.json': serialize(feeModule),
      'list.json': '[1,2]',
      'bad.json': json({ ...feeCases[0]!.answers, superficie: 'tanta', ignoto: 1 }),
      'broken.json': '{"a":',
    };
    const list = await run(['fees', 'm.json', 'list.json'], files);
    expect([list.code, list.err]).toEqual([
      1,
      'list.json: /: the answers must be a JSON object keyed by field id',
    ]);
    const bad = await run(['fees', 'm.json', 'bad.json'], files);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^bad\.json: answers do not fit occupazione-casi@/);
    expect(bad.err).toMatch(/\n {2}\/superficie: .+ \[invalid_type\]/);
    expect(bad.err).toMatch(/\n {2}\/ignoto: .+ \[not_allowed\]/);
    const broken = await run(['route', 'm.json', 'broken.json'], files);
    expect([broken.code, broken.err]).toEqual([
      1,
      expect.stringMatching(/^broken\.json is not valid JSON: /),
    ]);
  });

  it('refuses a module whose routing rule or fee reads an unknown field, naming the rule', async () => {
    const m: Module = structuredClone(routingModule);
    m.procedure.routing![0]!.when = { field: 'nonEsiste', op: 'answered' };
    const r = await run(['route', 'm.json', 'd.json'], {
      'm.json': serialize(m),
      'd.json': json(routingCases[0]!.answers),
    });
    expect([r.code, r.err]).toEqual([
      1,
      'm.json: invalid module (unknown_field)\n  /procedure/routing/0/when: reads unknown field "nonEsiste"',
    ]);
    const f: Module = structuredClone(feeModule);
    f.procedure.fees[2]!.lines![0]!.factors = [{ field: 'metri' }];
    const q = await run(['fees', 'm.json', 'd.json'], {
      'm.json': serialize(f),
      'd.json': json(feeCases[0]!.answers),
    });
    expect(q.err).toBe(
      'm.json: invalid module (unknown_field)\n  /procedure/fees/2/lines/0/factors/0: reads unknown field "metri"',
    );
  });
});

describe('pnpm modulo check-submission and exits', () => {
  it.each(exitCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const r = await run(['check-submission', 'm.json', 'd.json'], {
      'm.json': serialize(exitModule),
      'd.json': json(c.answers),
    });
    if (c.exitId === undefined) {
      expect([r.code, r.err]).toEqual([0, '']);
      return;
    }
    expect(r.code).toBe(1);
    const exit = [...(exitModule.exits ?? []), ...exitModule.steps.flatMap((s) => s.exits ?? [])].find(
      (e) => e.id === c.exitId,
    )!;
    expect(r.err).toContain(`${exit.message.it}`);
    expect(r.err.split('\n').filter((l) => l.endsWith('[ineligible]'))).toHaveLength(1);
  });
});

describe('pnpm modulo diff', () => {
  const a = libraryModules()[0]!;
  const b: Module = structuredClone(a);
  // The first question that holds an answer (not an information text).
  const at = a.steps[0]!.fields.findIndex((f) => f.kind !== 'info-text');
  const removed = a.steps[0]!.fields[at]!;
  b.steps[0]!.fields.splice(at, 1);
  b.procedure.termDays += 10;
  const files = { 'a.json': serialize(a), 'b.json': serialize(b), 'bad.json': '{"formatVersion": 3}' };

  it('prints one line per change and the suggested version', async () => {
    const r = await run(['diff', 'a.json', 'b.json'], files);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^minor {4}\/procedure\/termDays +term changed from \d+ to \d+ days$/);
    expect(lines[1]).toMatch(new RegExp(`^BREAKING /steps/0/fields/${at} +field ${removed.id} removed$`));
    const [major] = a.version.split('.');
    expect(lines.at(-1)).toBe(
      `${a.id}@${a.version} -> ${a.id}@${a.version}: 2 changes, breaking; suggested version ${Number(major) + 1}.0.0 (major)`,
    );
  });

  it('--json prints the diff as data; the same module gives no changes', async () => {
    const r = await run(['diff', 'a.json', 'b.json', '--json'], files);
    expect(JSON.parse(r.out)).toMatchObject({
      breaking: true,
      bump: 'major',
      changes: [{ kind: 'procedure-changed' }, { kind: 'field-removed' }],
    });
    const same = await run(['diff', 'a.json', 'a.json'], files);
    expect(same.out).toMatch(/no changes, not breaking; suggested version \S+ \(none\)$/);
  });

  it('names the file and the paths of an invalid module', async () => {
    const r = await run(['diff', 'a.json', 'bad.json'], files);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^bad\.json: invalid module/);
  });
});

describe('pnpm modulo import', () => {
  const fixtures = join(import.meta.dirname, '../../form-model/src/import/fixtures');
  const files = {
    'nido.json': readFileSync(join(fixtures, 'iscrizione-asilo-nido.formio.json'), 'utf8'),
    'contributo.json': readFileSync(join(fixtures, 'richiesta-contributo.schema.json'), 'utf8'),
    'strano.json': '{"nome": "non è un modulo"}',
  };

  it('detects a Form.io form: the module on stdout, unmapped on stderr, exit 0', async () => {
    const r = await run(['import', 'nido.json'], files);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({
      formatVersion: 3,
      id: 'iscrizioneasilonido',
      steps: [{ id: 'richiedente' }, {}, {}, {}],
    });
    expect(r.err).toContain(
      'unmapped /components/2/components/5/components/2: component type "signature" has no field kind',
    );
    expect(r.err.split('\n').at(-1)).toMatch(
      /^nido\.json: imported from formio as iscrizioneasilonido@1\.0\.0: \d+ unmapped, 0 blocking$/,
    );
  });

  it('detects a JSON Schema, or takes --from', async () => {
    const r = await run(['import', 'contributo.json', '--from', 'jsonschema'], files);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).id).toBe('richiesta-contributo');
    expect(r.err).toContain(
      'unmapped /properties/nucleo/properties/data_licenziamento: key "data_licenziamento" is not a valid field id',
    );
  });

  it('refuses what it cannot recognise, and a bad --from', async () => {
    const r = await run(['import', 'strano.json'], files);
    expect([r.code, r.out]).toEqual([1, '']);
    expect(r.err).toMatch(/^strano\.json: \/: neither a JSON Schema nor a Form.io form/);
    const from = await run(['import', 'nido.json', '--from', 'typeform'], files);
    expect([from.code, from.err]).toEqual([1, '--from must be jsonschema or formio, not "typeform"']);
  });
});
