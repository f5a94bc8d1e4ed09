import { describe, expect, it } from 'vitest';
import { walkFields } from '../walkFields';
import { importJsonSchema } from './importJsonSchema';

describe('importJsonSchema, draft-07 and what does not map', () => {
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Segnalazione',
    type: 'object',
    definitions: { via: { type: 'string', maxLength: 120, title: 'Via' } },
    properties: {
      cf: { type: 'string' },
      piva: { type: 'string', pattern: '^\\d{11}$' },
      luogo: { $ref: '#/definitions/via' },
      urgente: { type: 'boolean' },
      sito: { type: 'string', format: 'uri', maxLength: 300 },
      piano: { type: 'integer', enum: [1, 2, 3] },
      codici: { type: 'array', items: { type: 'string' } },
      qualunque: {},
    },
    required: ['luogo'],
    dependencies: {
      urgente: { properties: { motivo: { type: 'string', maxLength: 200 } }, required: ['motivo'] },
      sito: ['luogo'],
    },
    minProperties: 2,
  };
  const { module, unmapped, blocking } = importJsonSchema(schema);
  const fields = new Map(walkFields(module).map((l) => [l.field.id, l.field]));

  it('follows definitions, recognises cf and piva, and maps dependencies', () => {
    expect(blocking).toEqual([]);
    expect([fields.get('cf')?.kind, fields.get('piva')?.kind, fields.get('luogo')?.props]).toEqual([
      'codice-fiscale',
      'partita-iva',
      { maxLength: 120 },
    ]);
    expect(fields.get('motivo')).toMatchObject({
      condition: { field: 'urgente', op: 'answered' },
      required: true,
    });
    expect(fields.get('luogo')?.requiredWhen).toBeUndefined(); // already required
    expect(fields.get('piano')).toMatchObject({
      kind: 'single-choice',
      props: { options: [{ value: '1' }, { value: '2' }, { value: '3' }] },
    });
  });

  it('lists what it could not carry, each with its path', () => {
    expect(unmapped.map((u) => u.path)).toEqual(
      expect.arrayContaining([
        '/properties/sito/format',
        '/properties/codici',
        '/properties/qualunque',
        '/minProperties',
        '',
      ]),
    );
    expect(fields.has('codici') || fields.has('qualunque')).toBe(false);
  });

  it('says why a non-object input gives an empty module', () => {
    const r = importJsonSchema('not a schema');
    expect(r.unmapped[0]).toEqual({ path: '', reason: 'the input is not a JSON Schema object' });
  });
});
