import { describe, expect, it } from 'vitest';
import { parseModule } from '../parseModule';
import { makeModule, text } from '../testing/makeModule';
import { findField } from '../walkFields';
import { formatError } from '../messages/formatError';
import { addField } from './addField';

const base = makeModule([
  {
    id: 'dati',
    title: { it: 'Dati' },
    fields: [text('nome'), { id: 'sezione', kind: 'group', label: { it: 'Sezione' }, fields: [] }],
  },
]);

describe('addField', () => {
  it('adds a field from the kind defaults at the end of a step, with an id from the kind', () => {
    const result = addField(base, { kind: 'short-text', parent: { stepId: 'dati' } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const fields = result.value.steps[0]?.fields ?? [];
    expect(fields.map((f) => f.id)).toEqual(['nome', 'sezione', 'shortText']);
    expect(fields[2]).toEqual({
      id: 'shortText',
      kind: 'short-text',
      label: { it: 'Nuova domanda', en: 'New question' },
      props: { maxLength: 200 },
    });
    expect(parseModule(result.value).ok).toBe(true);
  });

  it('makes a unique camelCase id from the label, without accents', () => {
    const once = addField(base, {
      kind: 'short-text',
      parent: { stepId: 'dati' },
      index: 0,
      label: { it: 'Nome e Città' },
    });
    expect(once.ok && once.value.steps[0]?.fields[0]?.id).toBe('nomeECitta');
    const clash = addField(base, { kind: 'short-text', parent: { stepId: 'dati' }, label: { it: 'Nome' } });
    expect(clash.ok && clash.value.steps[0]?.fields[2]?.id).toBe('nome2');
  });

  it('adds into a container and copies kind defaults such as required', () => {
    const result = addField(base, {
      kind: 'privacy-consent',
      parent: { containerId: 'sezione' },
      id: 'consenso',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(findField(result.value, 'consenso')).toMatchObject({
      parentId: 'sezione',
      field: { required: true },
    });
  });

  it('does not touch the input and shares untouched parts', () => {
    const before = JSON.stringify(base);
    const result = addField(base, { kind: 'group', parent: { containerId: 'sezione' } });
    expect(JSON.stringify(base)).toBe(before);
    expect(result.ok && result.value.procedure).toBe(base.procedure);
  });

  it('refuses bad arguments with a code', () => {
    const code = (r: ReturnType<typeof addField>) => (r.ok ? 'ok' : r.error.code);
    expect(code(addField(base, { kind: 'nope', parent: { stepId: 'dati' } }))).toBe('unknown_kind');
    expect(code(addField(base, { kind: 'short-text', parent: { stepId: 'nope' } }))).toBe('unknown_step');
    expect(code(addField(base, { kind: 'short-text', parent: { containerId: 'nope' } }))).toBe(
      'unknown_field',
    );
    expect(code(addField(base, { kind: 'short-text', parent: { containerId: 'nome' } }))).toBe(
      'not_a_container',
    );
    expect(code(addField(base, { kind: 'short-text', parent: { stepId: 'dati' }, index: 3 }))).toBe(
      'index_out_of_range',
    );
    expect(code(addField(base, { kind: 'short-text', parent: { stepId: 'dati' }, id: 'nome' }))).toBe(
      'duplicate_id',
    );
    expect(code(addField(base, { kind: 'short-text', parent: { stepId: 'dati' }, id: 'dati' }))).toBe(
      'duplicate_id',
    );
    expect(code(addField(base, { kind: 'short-text', parent: { stepId: 'dati' }, id: 'Nome-1' }))).toBe(
      'invalid_id',
    );
    expect(code(addField(base, { kind: 'short-text', parent: { stepId: 'dati' }, label: { it: ' ' } }))).toBe(
      'invalid_property',
    );
  });

  it('refuses in the one issue shape: code, params, a JSON Pointer, the catalogue’s message', () => {
    const result = addField(base, { kind: 'short-text', parent: { stepId: 'dati' }, id: 'nome' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'duplicate_id',
        params: { id: 'nome', taken: true },
        path: '/steps/0/fields',
        id: 'nome',
        message: 'L\'identificativo "nome" è già usato.',
      },
    });
    if (!result.ok) expect(formatError(result.error, 'en')).toBe('The id "nome" is already used.');
  });
});
