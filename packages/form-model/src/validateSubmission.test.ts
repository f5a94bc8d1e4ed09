import { describe, expect, it } from 'vitest';
import { makeModule, text } from './testing/makeModule';
import { moduleValidator, validateSubmission } from './validateSubmission';

describe('moduleValidator', () => {
  const m = makeModule([{ id: 'uno', title: { it: 'Uno' }, fields: [text('a', { required: true })] }]);

  it('reuses the validator of a module re-read from storage (same id, version and schema)', () => {
    const first = moduleValidator(m);
    expect(moduleValidator(structuredClone(m))).toBe(first);
    expect(moduleValidator(m)).toBe(first);
  });

  it('compiles again when a draft changed under the same version', () => {
    const first = moduleValidator(m);
    const edited = structuredClone(m);
    edited.steps[0]!.fields[0]!.required = false;
    expect(moduleValidator(edited)).not.toBe(first);
    expect(validateSubmission(edited, {})).toEqual([]);
    expect(validateSubmission(m, {}).map((e) => e.code)).toEqual(['required']);
  });
});
