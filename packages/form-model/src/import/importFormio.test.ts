import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleSubmission } from '../sampleSubmission';
import { validateSubmission } from '../validateSubmission';
import { walkFields } from '../walkFields';
import { importFormio } from './importFormio';

const form = JSON.parse(
  readFileSync(join(import.meta.dirname, 'fixtures/iscrizione-asilo-nido.formio.json'), 'utf8'),
);
const result = importFormio(form);
const field = (id: string) => walkFields(result.module).find((l) => l.field.id === id)?.field;
const reasons = new Map(result.unmapped.map((u) => [u.path, u.reason]));

describe('importFormio on an "iscrizione asilo nido" wizard (La Stanza del Cittadino style)', () => {
  it('turns wizard pages into steps and gives a module that parses and lints without errors', () => {
    expect(result.blocking).toEqual([]);
    expect(result.module.id).toBe('iscrizioneasilonido');
    expect(result.module.steps.map((s) => [s.id, s.title.it, s.fields.length])).toEqual([
      ['richiedente', 'Chi presenta la domanda', 8],
      ['bambini', 'Bambini da iscrivere', 1],
      ['situazione', 'Situazione della famiglia', 7],
      ['allegati', 'Documenti e dichiarazioni', 3],
    ]);
  });

  it('maps each component type to the kind that holds its answer', () => {
    const kinds = Object.fromEntries(walkFields(result.module).map((l) => [l.field.id, l.field.kind]));
    expect(kinds).toEqual({
      nome: 'short-text',
      cognome: 'short-text',
      fiscalCode: 'codice-fiscale',
      relazione: 'single-choice',
      email: 'email',
      telefono: 'phone',
      indirizzo: 'short-text',
      cap: 'cap',
      figli: 'repeatable',
      nomeBambino: 'short-text',
      dataNascita: 'date',
      disabilita: 'yes-no',
      certificato: 'attachment',
      nidoPreferito: 'single-choice',
      infoPunteggio: 'info-text',
      lavoro: 'single-choice',
      motivoNessunLavoro: 'long-text',
      isee: 'number',
      servizi: 'multiple-choice',
      note: 'long-text',
      punteggio: 'number',
      attestazioneIsee: 'attachment',
      informativa: 'info-text',
      privacy: 'privacy-consent',
    });
    expect(field('figli')).toMatchObject({ required: true, props: { minItems: 1, maxItems: 4 } });
    expect(field('certificato')?.props).toEqual({
      accept: ['application/pdf', 'application/pkcs7-mime'],
      maxSizeMb: 10,
    });
    expect(field('infoPunteggio')?.props?.markdown).toEqual({
      it: "Il **punteggio** in graduatoria dipende dalla condizione lavorativa e dall'ISEE. Leggi il [regolamento](https://www.comune.example.it/nidi/regolamento).",
    });
  });

  it('maps simple, rule-based and JSON-logic conditionals (a row field reads its sibling)', () => {
    expect(field('motivoNessunLavoro')?.condition).toEqual({
      field: 'lavoro',
      op: 'equals',
      value: 'nessuno',
    });
    expect(field('certificato')?.condition).toEqual({ field: 'disabilita', op: 'equals', value: true });
    expect(field('attestazioneIsee')?.condition).toEqual({ field: 'isee', op: 'lt', value: 40000 });
  });

  it('lists custom code, unknown types and every difference with its path', () => {
    expect(reasons.get('/components/2/components/5/components/0/customConditional')).toMatch(
      /custom JavaScript conditions are never run/,
    );
    expect(reasons.get('/components/2/components/5/components/1/calculateValue')).toMatch(
      /calculated values are code/,
    );
    expect(reasons.get('/components/2/components/5/components/2')).toBe(
      'component type "signature" has no field kind',
    );
    expect(reasons.get('/components/2/components/4')).toMatch(/object of booleans/);
    expect(reasons.get('/components/3/components/3')).toMatch(/buttons are not fields/);
    expect(field('firma')).toBeUndefined();
  });

  it('validates like the form: a sample passes, a hidden answer and an unticked consent do not', () => {
    const sample = sampleSubmission(result.module);
    expect(validateSubmission(result.module, sample)).toEqual([]);
    const errors = validateSubmission(result.module, {
      ...sample,
      lavoro: 'entrambi',
      motivoNessunLavoro: 'x',
      privacy: false,
    });
    expect(errors.map((e) => e.path).sort()).toEqual(['/motivoNessunLavoro', '/privacy']);
  });
});

describe('importFormio, small cases', () => {
  const one = (components: unknown[], display = 'form') =>
    importFormio({ title: 'Prova', name: 'prova', display, components });
  const text = (key: string, extra: object = {}) => ({
    type: 'textfield',
    key,
    label: key,
    input: true,
    validate: { maxLength: 50 },
    ...extra,
  });

  it('maps JSON logic and, or, !, in and !! onto conditions', () => {
    const r = one([
      {
        type: 'radio',
        key: 'tipo',
        label: 'Tipo',
        input: true,
        values: [
          { label: 'A', value: 'a' },
          { label: 'B', value: 'b' },
        ],
      },
      { type: 'number', key: 'eta', label: 'Età', input: true },
      text('x', {
        conditional: {
          json: { and: [{ in: [{ var: 'data.tipo' }, ['a', 'b']] }, { '>=': [{ var: 'data.eta' }, 18] }] },
        },
      }),
      text('y', {
        conditional: { json: { or: [{ '!': { var: 'data.x' } }, { '!=': [{ var: 'data.tipo' }, 'a'] }] } },
      }),
      text('z', { conditional: { json: { '!!': { var: 'data.y' } } } }),
    ]);
    const f = (id: string) => walkFields(r.module).find((l) => l.field.id === id)?.field.condition;
    expect(f('x')).toEqual({
      all: [
        { field: 'tipo', op: 'in', values: ['a', 'b'] },
        { field: 'eta', op: 'gte', value: 18 },
      ],
    });
    expect(f('y')).toEqual({
      any: [{ not: { field: 'x', op: 'answered' } }, { not: { field: 'tipo', op: 'equals', value: 'a' } }],
    });
    expect(f('z')).toEqual({ field: 'y', op: 'answered' });
    expect(r.blocking).toEqual([]);
  });

  it('a condition on a later field or an unknown operator is listed, and the field stays shown', () => {
    const r = one([
      text('a', { conditional: { show: true, when: 'b', eq: 'x' } }),
      text('b', { conditional: { json: { '%': [{ var: 'data.a' }, 2] } } }),
    ]);
    expect(r.unmapped.slice(0, 2)).toEqual([
      {
        path: '/components/0/conditional',
        reason: 'the condition reads "b", which is not an earlier field: the field is always shown',
      },
      {
        path: '/components/1/conditional',
        reason:
          'JSON-logic condition uses operators or values the module conditions cannot say: the field is always shown',
      },
    ]);
    expect(walkFields(r.module).every((l) => !l.field.condition)).toBe(true);
    expect(r.blocking).toEqual([]);
  });

  it('a show:false conditional hides on the value; a container becomes a group; dotted keys are renamed', () => {
    const r = one([
      { type: 'checkbox', key: 'azienda', label: 'Per un’azienda', input: true },
      {
        type: 'container',
        key: 'impresa',
        label: 'Impresa',
        input: true,
        components: [text('piva', { validate: { pattern: '^[0-9]{11}$' } })],
        conditional: { show: false, when: 'azienda', eq: 'false' },
      },
      text('sede.via'),
    ]);
    const fields = new Map(walkFields(r.module).map((l) => [l.field.id, l.field]));
    expect(fields.get('impresa')).toMatchObject({
      kind: 'group',
      condition: { not: { field: 'azienda', op: 'equals', value: false } },
    });
    expect(fields.get('piva')?.kind).toBe('partita-iva');
    expect(fields.has('sedeVia')).toBe(true);
    expect(r.unmapped[0]).toEqual({
      path: '/components/2/key',
      reason: 'key "sede.via" becomes field id "sedeVia": the answer is sent under that key',
    });
  });

  it('lists a choice whose options live elsewhere, and refuses a non-form input clearly', () => {
    const r = one([
      {
        type: 'select',
        key: 'comune',
        label: 'Comune',
        input: true,
        dataSrc: 'url',
        data: { url: 'https://example.it/comuni' },
      },
    ]);
    expect(r.unmapped[0]).toEqual({
      path: '/components/0',
      reason: 'options from url are not in the form: add them by hand',
    });
    expect(importFormio([]).unmapped[0]).toEqual({
      path: '',
      reason: 'the input is not a Form.io form (no components)',
    });
  });
});
