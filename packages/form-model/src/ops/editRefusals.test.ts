import { describe, expect, it } from 'vitest';
import { formatError } from '../messages/formatError';
import { makeModule, text } from '../testing/makeModule';
import type { Exit, Module, ModelError, Result } from '../types';
import {
  addExit,
  addField,
  addStep,
  moveField,
  moveStep,
  removeExit,
  removeField,
  removeStep,
  setCondition,
  setExit,
  setFieldProperty,
  setProcedure,
  setRequiredWhen,
  setStepTitle,
  setVersion,
} from './index';

const m = makeModule([
  {
    id: 'uno',
    title: { it: 'Uno' },
    fields: [text('a'), { id: 'g', kind: 'group', label: { it: 'G' }, fields: [text('c')] }],
  },
  { id: 'due', title: { it: 'Due' }, fields: [{ ...text('e'), condition: { field: 'a', op: 'answered' } }] },
]);
const exit: Exit = {
  id: 'fuori',
  when: { field: 'a', op: 'equals', value: 'no' },
  title: { it: 'Non fa per te' },
  message: { it: 'Questo servizio è per i residenti.' },
};
const withExit = (() => {
  const r = addExit(m, { stepId: 'uno', exit });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
})();

/** Every kind of refusal an edit can give, each with the pointer it must carry. */
const REFUSALS: [string, () => Result<Module>, string, string][] = [
  [
    'index out of range (field)',
    () => addField(m, { kind: 'short-text', parent: { stepId: 'uno' }, index: 9 }),
    'index_out_of_range',
    '/steps/0/fields',
  ],
  ['index out of range (step)', () => moveStep(m, { id: 'uno', index: 5 }), 'index_out_of_range', '/steps'],
  [
    'index out of range (move)',
    () => moveField(m, { id: 'a', to: { stepId: 'due' }, index: 7 }),
    'index_out_of_range',
    '/steps/0/fields/0',
  ],
  [
    'malformed id',
    () => addField(m, { kind: 'short-text', parent: { stepId: 'uno' }, id: 'Bad id' }),
    'invalid_id',
    '/steps/0/fields',
  ],
  ['id taken', () => addStep(m, { id: 'a' }), 'duplicate_id', '/steps'],
  [
    'id taken on rename',
    () => setFieldProperty(m, { id: 'c', property: 'id', value: 'a' }),
    'duplicate_id',
    '/steps/0/fields/1/fields/0',
  ],
  [
    'blank Italian label',
    () => setFieldProperty(m, { id: 'a', property: 'label', value: { it: ' ' } }),
    'invalid_property',
    '/steps/0/fields/0',
  ],
  ['not a text', () => addStep(m, { title: 'Titolo' as never }), 'invalid_property', '/steps'],
  [
    'bad languages',
    () => setStepTitle(m, { stepId: 'due', title: { it: 'Due', EN: 'Two' } as never }),
    'invalid_property',
    '/steps/1',
  ],
  [
    'not a boolean',
    () => setFieldProperty(m, { id: 'a', property: 'required', value: 'sì' as never }),
    'invalid_property',
    '/steps/0/fields/0',
  ],
  [
    'unknown prefill',
    () => setFieldProperty(m, { id: 'a', property: 'prefill', value: 'shoeSize' as never }),
    'invalid_property',
    '/steps/0/fields/0',
  ],
  [
    'prop without name',
    () => setFieldProperty(m, { id: 'a', property: 'props.', value: 1 }),
    'invalid_property',
    '/steps/0/fields/0',
  ],
  [
    'prop not JSON',
    () => setFieldProperty(m, { id: 'a', property: 'props.x', value: () => 1 }),
    'invalid_property',
    '/steps/0/fields/0/props',
  ],
  ['field in use', () => removeField(m, { id: 'a' }), 'field_in_use', '/steps/0/fields/0'],
  ['step in use', () => removeStep(m, { id: 'uno' }), 'field_in_use', '/steps/0'],
  [
    'malformed condition',
    () =>
      setCondition(m, { target: { fieldId: 'c' }, condition: { field: 'a', op: 'gt', value: 'x' } as never }),
    'invalid_property',
    '/steps/0/fields/1/fields/0',
  ],
  [
    'required when on a group',
    () => setRequiredWhen(m, { fieldId: 'g', condition: { field: 'a', op: 'answered' } }),
    'invalid_property',
    '/steps/0/fields/1',
  ],
  ['exit id taken', () => addExit(withExit, { exit }), 'duplicate_id', '/exits'],
  [
    'exit without message',
    () => setExit(withExit, { id: 'fuori', exit: { ...exit, message: { it: '' } } }),
    'invalid_property',
    '/steps/0/exits/0',
  ],
  [
    'exit link not http',
    () => addExit(m, { exit: { ...exit, link: { url: 'ftp://x', label: { it: 'Altro' } } } }),
    'invalid_property',
    '/exits',
  ],
  ['unknown exit', () => removeExit(m, { id: 'nessuna' }), 'unknown_exit', ''],
  ['term days', () => setProcedure(m, { patch: { termDays: 0 } }), 'invalid_property', '/procedure/termDays'],
  ['bad version', () => setVersion(m, { version: '1.1' }), 'invalid_property', '/version'],
];

describe('edit refusals: one issue shape', () => {
  it.each(REFUSALS)(
    '%s: code, params, a JSON Pointer, messages from the catalogue in it and en',
    (_, edit, code, path) => {
      const result = edit();
      expect(result.ok).toBe(false);
      const error = (result as { error: ModelError }).error;
      expect(error.code).toBe(code);
      expect(error.path).toBe(path);
      expect(error.params).toBeTypeOf('object');
      expect(error.message).toBe(formatError(error, 'it'));
      const en = formatError(error, 'en');
      expect(en).not.toBe(error.message);
      expect(en).not.toMatch(/\b(il|della|deve|non è|serve|vuole|campo)\b/);
    },
  );
});
