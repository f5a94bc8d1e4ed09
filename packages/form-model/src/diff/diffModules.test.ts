import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addField,
  addStep,
  moveField,
  moveStep,
  removeField,
  removeStep,
  setCondition,
  setFieldProperty,
  setProcedure,
} from '../ops';
import { arbitraryModule } from '../testing/arbitraryModule';
import { makeModule, text } from '../testing/makeModule';
import { submissionVariant } from '../testing/submissionVariants';
import type { Condition, Module, Result } from '../types';
import { validateSubmission } from '../validateSubmission';
import { walkFields } from '../walkFields';
import { bumpVersion } from './bumpVersion';
import { diffModules } from './diffModules';

const base = (): Module =>
  makeModule([
    {
      id: 'richiedente',
      title: { it: 'Richiedente' },
      fields: [
        text('nome', { required: true, props: { maxLength: 100 } }),
        {
          id: 'tipo',
          kind: 'single-choice',
          label: { it: 'Tipo' },
          props: {
            options: [
              { value: 'privato', label: { it: 'Privato' } },
              { value: 'impresa', label: { it: 'Impresa' } },
            ],
          },
        },
        text('ragioneSociale', { condition: { field: 'tipo', op: 'equals', value: 'impresa' } }),
        { id: 'familiari', kind: 'repeatable', label: { it: 'Familiari' }, fields: [text('nomeFamiliare')] },
      ],
    },
    { id: 'note', title: { it: 'Note' }, fields: [text('osservazioni')] },
  ]);

const ok = (r: Result<Module>): Module => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};
const kinds = (a: Module, b: Module) =>
  diffModules(a, b).changes.map((c) => [c.kind, c.fieldId ?? c.exitId ?? c.stepId ?? c.property, c.breaking]);

describe('diffModules', () => {
  it('finds nothing between a module and itself, and keeps the version', () => {
    const m = base();
    expect(diffModules(m, structuredClone(m))).toEqual({
      changes: [],
      breaking: false,
      bump: 'none',
      suggestedVersion: '1.0.0',
    });
  });

  it('an optional field added is minor; a required one is breaking, with its path in b', () => {
    const optional = ok(addField(base(), { kind: 'email', parent: { stepId: 'note' }, id: 'email' }));
    const d = diffModules(base(), optional);
    expect(d.changes).toMatchObject([
      { kind: 'field-added', fieldId: 'email', stepId: 'note', path: '/steps/1/fields/1', breaking: false },
    ]);
    expect([d.bump, d.suggestedVersion]).toEqual(['minor', '1.1.0']);
    const required = ok(setFieldProperty(optional, { id: 'email', property: 'required', value: true }));
    expect(diffModules(base(), required)).toMatchObject({
      breaking: true,
      bump: 'major',
      suggestedVersion: '2.0.0',
    });
  });

  it('a removed field is breaking and addressed in a; its children are not listed again', () => {
    const b = ok(removeField(base(), { id: 'familiari' }));
    expect(kinds(base(), b)).toEqual([['field-removed', 'familiari', true]]);
    expect(diffModules(base(), b).changes[0]!.path).toBe('/steps/0/fields/3');
  });

  it('judges props: options removed / added, maxLength lowered / raised, pattern set', () => {
    const opts = ok(
      setFieldProperty(base(), {
        id: 'tipo',
        property: 'props.options',
        value: [
          { value: 'privato', label: { it: 'Privato cittadino' } },
          { value: 'ente', label: { it: 'Ente' } },
        ],
      }),
    );
    expect(kinds(base(), opts)).toEqual([
      ['field-props-changed', 'tipo', true],
      ['field-props-changed', 'tipo', false],
      ['field-props-changed', 'tipo', false],
    ]);
    expect(diffModules(base(), opts).changes.map((c) => [c.bump, c.message.en])).toEqual([
      ['major', 'field tipo: options removed: impresa'],
      ['minor', 'field tipo: options added: ente'],
      ['patch', 'field tipo: option labels changed: privato'],
    ]);
    const lower = ok(setFieldProperty(base(), { id: 'nome', property: 'props.maxLength', value: 50 }));
    expect(diffModules(base(), lower).changes).toMatchObject([
      {
        kind: 'field-props-changed',
        path: '/steps/0/fields/0/props/maxLength',
        before: 100,
        after: 50,
        breaking: true,
      },
    ]);
    expect(diffModules(lower, base())).toMatchObject({ breaking: false, bump: 'minor' });
    const pattern = ok(setFieldProperty(base(), { id: 'nome', property: 'props.pattern', value: '^[A-Z]' }));
    expect(diffModules(base(), pattern)).toMatchObject({ breaking: true });
    expect(diffModules(pattern, base())).toMatchObject({ breaking: false });
  });

  it('label and help are patches; required toggles break one way only', () => {
    const label = ok(
      setFieldProperty(base(), { id: 'nome', property: 'label', value: { it: 'Nome e cognome' } }),
    );
    expect(diffModules(base(), label)).toMatchObject({
      bump: 'patch',
      suggestedVersion: '1.0.1',
      breaking: false,
    });
    const req = ok(setFieldProperty(base(), { id: 'osservazioni', property: 'required', value: true }));
    expect(kinds(base(), req)).toEqual([['field-required-changed', 'osservazioni', true]]);
    expect(kinds(req, base())).toEqual([['field-required-changed', 'osservazioni', false]]);
  });

  it('conditions: added or changed breaks; removed from an optional unread field does not', () => {
    const cond: Condition = { field: 'nome', op: 'answered' };
    const added = ok(setCondition(base(), { target: { fieldId: 'osservazioni' }, condition: cond }));
    expect(kinds(base(), added)).toEqual([['field-condition-changed', 'osservazioni', true]]);
    expect(kinds(added, base())).toEqual([['field-condition-changed', 'osservazioni', false]]);
    // tipo is read by ragioneSociale: showing it more often can change what else is shown.
    const readAdded = ok(setCondition(base(), { target: { fieldId: 'tipo' }, condition: cond }));
    expect(kinds(readAdded, base())).toEqual([['field-condition-changed', 'tipo', true]]);
    const step = ok(setCondition(base(), { target: { stepId: 'note' }, condition: cond }));
    expect(kinds(base(), step)).toEqual([['step-condition-changed', 'note', true]]);
  });

  it('moves: into a list is breaking, to another position or an unconditioned step is not', () => {
    const intoList = ok(moveField(base(), { id: 'osservazioni', to: { containerId: 'familiari' } }));
    expect(kinds(base(), intoList)).toEqual([['field-moved', 'osservazioni', true]]);
    const position = ok(moveField(base(), { id: 'nome', to: { stepId: 'richiedente' }, index: 1 }));
    // Moving nome after tipo: one field changed its relative order, not both.
    expect(kinds(base(), position)).toEqual([['field-moved', 'tipo', false]]);
    const step = ok(moveField(base(), { id: 'osservazioni', to: { stepId: 'richiedente' } }));
    expect(diffModules(base(), step).changes).toMatchObject([
      {
        kind: 'field-moved',
        fieldId: 'osservazioni',
        breaking: false,
        before: '/steps/1/fields/0',
        after: '/steps/0/fields/4',
      },
    ]);
  });

  it('a kind change breaks; steps added, removed and reordered are reported', () => {
    const retyped = structuredClone(base());
    retyped.steps[1]!.fields[0]!.kind = 'long-text';
    expect(kinds(base(), retyped)).toEqual([['field-kind-changed', 'osservazioni', true]]);
    const steps = ok(moveStep(ok(addStep(base(), { id: 'allegati' })), { id: 'note', index: 0 }));
    expect(kinds(base(), steps)).toEqual([
      ['step-moved', 'note', false],
      ['step-added', 'allegati', false],
    ]);
    expect(kinds(base(), ok(removeStep(base(), { id: 'note' })))).toEqual([
      ['step-removed', 'note', false],
      ['field-removed', 'osservazioni', true],
    ]);
  });

  it('procedure data: term and fees are minor, office a patch, a stronger login breaking', () => {
    const b = ok(setProcedure(base(), { patch: { termDays: 60, loginLevel: 'SpidL3' } }));
    expect(diffModules(base(), b).changes.map((c) => [c.property, c.bump, c.message.it])).toEqual([
      ['loginLevel', 'major', 'Cambiato: livello di accesso (più restrittivo)'],
      ['termDays', 'minor', 'Termine di conclusione: da 30 a 60 giorni'],
    ]);
    const office = ok(
      setProcedure(base(), {
        patch: { office: { name: { it: 'Servizi demografici' }, email: 'anagrafe@comune.example.it' } },
      }),
    );
    expect(diffModules(base(), office)).toMatchObject({
      bump: 'patch',
      changes: [{ path: '/procedure/office' }],
    });
  });

  it('exits: a new exit breaks, a removed one does not', () => {
    const withExit: Module = {
      ...base(),
      exits: [
        {
          id: 'fuori',
          when: { field: 'tipo', op: 'equals', value: 'impresa' },
          title: { it: 'Non per te' },
          message: { it: 'Rivolgiti al SUAP.' },
        },
      ],
    };
    expect(kinds(base(), withExit)).toEqual([['exit-added', 'fuori', true]]);
    expect(kinds(withExit, base())).toEqual([['exit-removed', 'fuori', false]]);
  });

  it('bumps semantic versions, pre-releases included', () => {
    expect(['major', 'minor', 'patch', 'none'].map((b) => bumpVersion('1.4.2', b as 'major'))).toEqual([
      '2.0.0',
      '1.5.0',
      '1.4.3',
      '1.4.2',
    ]);
    expect(bumpVersion('2.0.0-rc.1', 'major')).toBe('2.0.0');
    expect(bumpVersion('1.5.0-rc.1', 'patch')).toBe('1.5.0');
  });
});

/** Random edits resolved against the module they apply to (ids picked by index). */
type Edit = { op: number; a: number; b: number; c: number };
const fieldIds = (m: Module) => walkFields(m).map((l) => l.field.id);
const pick = <T>(list: T[], n: number): T | undefined => list[n % Math.max(list.length, 1)];
const EDITS: ((m: Module, e: Edit) => Result<Module> | undefined)[] = [
  (m, e) =>
    addField(m, {
      kind: ['short-text', 'number', 'yes-no', 'email'][e.b % 4]!,
      parent: { stepId: pick(m.steps, e.a)!.id },
    }),
  (m, e) => {
    const added = addField(m, { kind: 'short-text', parent: { stepId: pick(m.steps, e.a)!.id } });
    return added.ok
      ? setFieldProperty(added.value, {
          id: fieldIds(added.value).at(-1)!,
          property: 'required',
          value: e.b % 2 === 0,
        })
      : added;
  },
  (m, e) => removeField(m, { id: pick(fieldIds(m), e.a) ?? '' }),
  (m, e) =>
    moveField(m, {
      id: pick(fieldIds(m), e.a) ?? '',
      to: { stepId: pick(m.steps, e.b)!.id },
      index: e.c % 3,
    }),
  (m, e) =>
    setFieldProperty(m, { id: pick(fieldIds(m), e.a) ?? '', property: 'required', value: e.b % 2 === 0 }),
  (m, e) =>
    setFieldProperty(m, {
      id: pick(fieldIds(m), e.a) ?? '',
      property: 'label',
      value: { it: `Etichetta ${e.b}` },
    }),
  (m, e) =>
    setFieldProperty(m, {
      id: pick(fieldIds(m), e.a) ?? '',
      property: 'props.maxLength',
      value: e.b % 3 ? 1 + (e.b % 300) : undefined,
    }),
  (m, e) =>
    setFieldProperty(m, {
      id: pick(fieldIds(m), e.a) ?? '',
      property: 'props.min',
      value: e.b % 3 ? (e.b % 40) - 20 : undefined,
    }),
  (m, e) =>
    setFieldProperty(m, {
      id: pick(fieldIds(m), e.a) ?? '',
      property: 'props.options',
      value: ['a', 'b', 'c'].slice(0, 1 + (e.b % 3)).map((v) => ({ value: v, label: { it: v } })),
    }),
  (m, e) => {
    const ids = fieldIds(m);
    const on = pick(ids, e.b);
    const condition: Condition | undefined = e.c % 3 === 0 || !on ? undefined : { field: on, op: 'answered' };
    return setCondition(m, { target: { fieldId: pick(ids, e.a) ?? '' }, condition });
  },
  (m, e) =>
    setCondition(m, {
      target: { stepId: pick(m.steps, e.a)!.id },
      condition: e.c % 2 ? undefined : { not: { field: pick(fieldIds(m), e.b) ?? '', op: 'answered' } },
    }),
  (m) => addStep(m, {}),
  (m, e) => removeStep(m, { id: pick(m.steps, e.a)!.id }),
  (m, e) => moveStep(m, { id: pick(m.steps, e.a)!.id, index: e.b % m.steps.length }),
  (m, e) => setProcedure(m, { patch: { termDays: 10 + (e.b % 80) } }),
];
const edit = fc.record({ op: fc.nat(), a: fc.nat(), b: fc.nat(), c: fc.nat() });

describe('diffModules, property', () => {
  it('finds nothing between a random module and a copy of it', () => {
    fc.assert(
      fc.property(arbitraryModule(), (m) => {
        expect(diffModules(m, structuredClone(m)).changes).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('after random edits, a non-breaking diff keeps every valid submission valid', () => {
    let checked = 0;
    fc.assert(
      fc.property(
        arbitraryModule(),
        fc.array(edit, { minLength: 1, maxLength: 4 }),
        fc.array(fc.array(fc.nat(), { minLength: 1, maxLength: 12 }), { minLength: 4, maxLength: 8 }),
        (a, edits, seeds) => {
          let b = a;
          for (const e of edits) {
            const r = EDITS[e.op % EDITS.length]!(b, e);
            if (r?.ok) b = r.value;
          }
          const d = diffModules(a, b);
          expect(d.changes.some((c) => c.breaking)).toBe(d.breaking);
          if (d.breaking) return;
          for (const s of seeds) {
            const submission = submissionVariant(a, s);
            if (validateSubmission(a, submission).length > 0) continue;
            checked++;
            expect({
              submission,
              errors: validateSubmission(b, submission),
              changes: d.changes.map((c) => c.message.en),
            }).toMatchObject({ errors: [] });
          }
        },
      ),
      { numRuns: 200 },
    );
    expect(checked).toBeGreaterThan(100);
  }, 60_000);
});
