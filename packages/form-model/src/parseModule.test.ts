import { describe, expect, it } from 'vitest';
import { parseModule } from './parseModule';
import { serialize } from './serialize';
import { makeModule, text } from './testing/makeModule';

describe('parseModule', () => {
  it('accepts a valid module and round-trips it through serialize', () => {
    const m = makeModule([{ id: 'uno', title: { it: 'Uno' }, fields: [text('a', { required: true })] }]);
    const parsed = parseModule(JSON.parse(serialize(m)));
    expect(parsed).toEqual({ ok: true, value: m });
  });

  it('takes the saved text as well: parseModule(serialize(m)) equals m', () => {
    const m = makeModule([{ id: 'uno', title: { it: 'Uno' }, fields: [text('a')] }]);
    expect(parseModule(serialize(m))).toEqual({ ok: true, value: m });
    const broken = parseModule('{"formatVersion": 2,');
    expect(broken.ok ? 'ok' : broken.error.code).toBe('invalid_json');
  });

  it('refuses what is not an object', () => {
    for (const input of [null, 3, '"modulo"', []]) {
      const r = parseModule(input);
      expect(r.ok ? 'ok' : r.error.code).toBe('invalid_module');
    }
  });

  it('names the JSON path of every meta-schema error', () => {
    const m = makeModule() as unknown as Record<string, unknown>;
    const broken = { ...m, version: 'uno', procedure: { ...(m.procedure as object), termDays: 0 } };
    const r = parseModule(broken);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_module');
    expect(r.error.details?.map((d) => d.path)).toEqual(
      expect.arrayContaining(['/version', '/procedure/termDays']),
    );
  });

  it('refuses an unknown format version and an unknown kind', () => {
    const future = parseModule({ ...makeModule(), formatVersion: 99 });
    expect(future.ok ? 'ok' : future.error.code).toBe('unsupported_format_version');
    const m = makeModule([
      { id: 'uno', title: { it: 'Uno' }, fields: [{ ...text('a'), kind: 'teletrasporto' }] },
    ]);
    const unknown = parseModule(m);
    expect(unknown.ok ? 'ok' : [unknown.error.code, unknown.error.path]).toEqual(['unknown_kind', 'a']);
  });

  it('refuses duplicated ids and conditions on fields that do not exist', () => {
    const dup = parseModule(
      makeModule([{ id: 'uno', title: { it: 'Uno' }, fields: [text('a'), text('a')] }]),
    );
    expect(dup.ok ? 'ok' : dup.error.code).toBe('duplicate_id');
    const stepClash = parseModule(makeModule([{ id: 'a', title: { it: 'Uno' }, fields: [text('a')] }]));
    expect(stepClash.ok ? 'ok' : stepClash.error.code).toBe('duplicate_id');
    const ghost = parseModule(
      makeModule([
        {
          id: 'uno',
          title: { it: 'Uno' },
          fields: [text('a', { condition: { field: 'zz', op: 'answered' } })],
        },
      ]),
    );
    expect(ghost.ok ? 'ok' : [ghost.error.code, ghost.error.path]).toEqual(['unknown_field', 'a']);
  });

  it('migrates format 1: string titles, visibleIf, and the law’s default term', () => {
    const v1 = {
      formatVersion: 1,
      id: 'vecchio',
      version: '0.9.0',
      title: 'Modulo vecchio',
      procedure: {
        ...makeModule().procedure,
        description: 'Descrizione.',
        remedies: 'Ricorso al TAR.',
        termDays: undefined,
        silenzioAssenso: undefined,
        selfDeclaration: undefined,
      },
      steps: [
        {
          id: 'uno',
          title: 'Uno',
          fields: [
            { id: 'a', kind: 'short-text', label: 'A' },
            {
              id: 'b',
              kind: 'short-text',
              label: 'B',
              help: 'Aiuto',
              visibleIf: { field: 'a', equals: 'si' },
            },
          ],
        },
      ],
    };
    const json = JSON.parse(JSON.stringify(v1)) as unknown; // drops the undefined keys, as a file would
    const r = parseModule(json);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.formatVersion).toBe(2);
    expect(r.value.title).toEqual({ it: 'Modulo vecchio' });
    expect(r.value.procedure.termDays).toBe(30);
    expect(r.value.procedure.silenzioAssenso).toBe(false);
    expect(r.value.steps[0]?.fields[1]).toEqual({
      id: 'b',
      kind: 'short-text',
      label: { it: 'B' },
      help: { it: 'Aiuto' },
      condition: { field: 'a', op: 'equals', value: 'si' },
    });
  });
});
