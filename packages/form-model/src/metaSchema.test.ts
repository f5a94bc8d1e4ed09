import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { buildMetaSchema } from './metaSchema';
import { makeModule, text } from './testing/makeModule';

const published = JSON.parse(
  readFileSync(new URL('./module.schema.json', import.meta.url), 'utf8'),
) as unknown;

describe('the published meta-schema', () => {
  it('is up to date with the field kinds (regenerate: pnpm --filter @modulo/form-model meta-schema)', () => {
    expect(published).toEqual(buildMetaSchema());
  });

  it('checks a built-in kind’s props with any 2020-12 validator, and leaves other kinds to parseModule', () => {
    const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(buildMetaSchema());
    const withField = (field: object) =>
      makeModule([{ id: 'dati', title: { it: 'Dati' }, fields: [{ ...text('a'), ...field }] }]);
    expect(validate(withField({ props: { maxLength: 10 } }))).toBe(true);
    expect(validate(withField({ props: { maxlenght: 10 } }))).toBe(false);
    expect(validate.errors).toContainEqual(
      expect.objectContaining({ instancePath: '/steps/0/fields/0/props', keyword: 'additionalProperties' }),
    );
    expect(validate(withField({ kind: 'info-text' }))).toBe(false);
    expect(validate(withField({ kind: 'stelle-del-comune', props: { stelle: 5 } }))).toBe(true);
  });
});
