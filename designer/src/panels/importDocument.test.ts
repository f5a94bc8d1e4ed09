import { describe, expect, it } from 'vitest';
import { serialize } from '@modulo/form-model';
import { makeTestModule } from '../state/makeTestModule';
import { importDocument } from './importDocument';

describe('importDocument', () => {
  it('reads a module file through parseModule', () => {
    const r = importDocument('module', serialize(makeTestModule()));
    expect(r.ok && r.module.id).toBe('prova');
  });

  it('says why a broken file is refused, with the model’s code', () => {
    expect(importDocument('module', '{"formatVersion": 2')).toMatchObject({
      ok: false,
      code: 'invalid_json',
    });
    expect(importDocument('formio', '{')).toMatchObject({ ok: false, code: 'invalid_json' });
  });

  it('imports a plain JSON Schema and lists what did not map', () => {
    const schema = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: 'Richiesta',
      type: 'object',
      properties: {
        nome: { type: 'string', title: 'Nome', maxLength: 80 },
        eta: { type: 'integer', title: 'Età', minimum: 0 },
        strano: { type: 'string', title: 'Strano', contentEncoding: 'base64' },
      },
      required: ['nome'],
    };
    const r = importDocument('jsonSchema', JSON.stringify(schema));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.module.steps.flatMap((s) => s.fields.map((f) => f.id))).toEqual(
      expect.arrayContaining(['nome', 'eta']),
    );
    expect(r.unmapped.some((u) => u.path.includes('strano'))).toBe(true);
  });

  it('imports a Form.io form', () => {
    const form = {
      title: 'Iscrizione',
      display: 'form',
      components: [
        { type: 'textfield', key: 'nome', label: 'Nome', validate: { required: true } },
        { type: 'button', key: 'submit', label: 'Invia' },
      ],
    };
    const r = importDocument('formio', JSON.stringify(form));
    expect(r.ok && r.module.steps.flatMap((s) => s.fields.map((f) => f.id))).toContain('nome');
  });
});
