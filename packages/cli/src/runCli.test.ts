import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { libraryModules, MODULES_DIR } from '@modulo/form-library';
import { sampleSubmission, serialize } from '@modulo/form-model';
import type { CliIo } from './io';
import { runCli } from './runCli';

const module = libraryModules()[0]!;
const moduleFile = join(MODULES_DIR, `${module.id}.module.json`);

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

describe('pnpm modulo', () => {
  const files = {
    'm.json': serialize(module),
    'good.json': JSON.stringify(sampleSubmission(module)),
    'empty.json': '{}',
    'broken.json': '{"formatVersion": 2, "id": "X Y", "version": "1"}',
    'notjson.json': '{oops',
    // Parses, but the substitute is the responsabile: a lint error, not fit to publish.
    // (A condition on a later field no longer parses: format 3 refuses it at the door.)
    'later.json': serialize({
      ...module,
      procedure: { ...module.procedure, attachments: [], substitute: module.procedure.responsible },
      steps: [
        {
          id: 'passo',
          title: { it: 'Passo' },
          fields: [
            {
              id: 'primo',
              kind: 'short-text',
              label: { it: 'Primo' },
            },
            {
              id: 'secondo',
              kind: 'short-text',
              label: { it: 'Secondo' },
              condition: { field: 'primo', op: 'answered' },
            },
          ],
        },
      ],
    }),
  };

  it('validate: accepts a library module, lists every error path of a broken one', async () => {
    const ok = capture(files);
    expect(await runCli(['validate', 'm.json'], ok.io)).toBe(0);
    expect(ok.out.join()).toContain(`valid module ${module.id}@${module.version}`);
    const bad = capture(files);
    expect(await runCli(['validate', 'broken.json'], bad.io)).toBe(1);
    const text = bad.err.join('\n');
    expect(text).toContain('invalid module (invalid_module)');
    expect(text).toContain('  /id:');
    expect(text).toContain('  /version:');
    expect(text).toContain("  /: must have required property 'procedure'");
  });

  it('validate fails on lint errors, naming the field and the code', async () => {
    const c = capture(files);
    expect(await runCli(['validate', 'later.json'], c.io)).toBe(1);
    expect(c.err.join('\n')).toMatch(/error \/procedure\/substitute: .+ \[substitute_is_responsible\]/);
    expect(c.err.at(-1)).toBe('later.json: 1 lint error; fix them before publishing');
  });

  it('compile prints the 2020-12 schema; types prints TypeScript', async () => {
    const c = capture(files);
    expect(await runCli(['compile', 'm.json'], c.io)).toBe(0);
    expect(JSON.parse(c.out.join(''))).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
    });
    const t = capture(files);
    expect(await runCli(['types', 'm.json'], t.io)).toBe(0);
    expect(t.out.join('')).toMatch(/export interface \w+Submission \{/);
  });

  it('check-submission: 0 for a valid answer set, 1 with Italian messages and paths otherwise', async () => {
    const good = capture(files);
    expect(await runCli(['check-submission', 'm.json', 'good.json'], good.io)).toBe(0);
    const bad = capture(files);
    expect(await runCli(['check-submission', 'm.json', 'empty.json'], bad.io)).toBe(1);
    expect(bad.err[0]).toMatch(/^\/\w+: Il campo «.+» è obbligatorio\. \[required\]$/);
  });

  it('names the file and the problem for unreadable or non-JSON input', async () => {
    const missing = capture(files);
    expect(await runCli(['validate', 'nope.json'], missing.io)).toBe(1);
    expect(missing.err.join()).toBe('cannot read nope.json: ENOENT');
    const garbled = capture(files);
    expect(await runCli(['validate', 'notjson.json'], garbled.io)).toBe(1);
    expect(garbled.err.join()).toMatch(/^notjson.json is not valid JSON: /);
  });

  it('deadline: prints the due date; refuses bad input naming the field', async () => {
    const cases = {
      'case.json': JSON.stringify({ filed: '2026-03-02', termDays: 30, events: [] }),
      'bad.json': JSON.stringify({ filed: 'ieri', termDays: 30, events: [] }),
    };
    const ok = capture(cases);
    expect(await runCli(['deadline', 'case.json'], ok.io)).toBe(0);
    // Filed Monday 2 March 2026: the 30 days run from 3 March and end on 1 April (a Wednesday).
    expect(JSON.parse(ok.out.join(''))).toMatchObject({ dueDate: '2026-04-01' });
    const bad = capture(cases);
    expect(await runCli(['deadline', 'bad.json'], bad.io)).toBe(1);
    expect(bad.err.join()).toContain('filed');
  });

  it('exits 2 with the usage on an unknown command', async () => {
    const c = capture();
    expect(await runCli(['teletrasporta'], c.io)).toBe(2);
    expect(c.err.join()).toContain('usage: pnpm modulo <command>');
  });

  it('runs as a real process from the workspace root', () => {
    const dir = mkdtempSync(join(tmpdir(), 'modulo-cli-'));
    const data = join(dir, 'data.json');
    writeFileSync(data, JSON.stringify(sampleSubmission(module)));
    const out = execFileSync(
      'node',
      ['--import', 'tsx', 'packages/cli/src/main.ts', 'check-submission', moduleFile, data],
      {
        cwd: join(MODULES_DIR, '..', '..'),
        encoding: 'utf8',
        env: { ...process.env, INIT_CWD: '' },
      },
    );
    expect(out).toContain(`valid submission for ${module.id}`);
    // A cold tsx start on a loaded 2-core machine can take tens of seconds.
  }, 180_000);
});
