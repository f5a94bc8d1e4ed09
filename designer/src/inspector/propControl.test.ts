import { describe, expect, it } from 'vitest';
import { listFieldKinds } from '@modulo/form-model';
import { propControl, propEntries } from './propControl';

describe('propControl', () => {
  it('picks a control for every prop of every built-in kind', () => {
    const seen = new Set<string>();
    for (const kind of listFieldKinds()) {
      for (const { name, schema } of propEntries(kind.propsSchema)) {
        const c = propControl(name, schema);
        seen.add(c.control);
        if (name === 'maxLength') expect(c).toMatchObject({ control: 'number', integer: true });
        if (name === 'display') expect(c).toEqual({ control: 'enum', values: ['radio', 'select'] });
        if (name === 'accept') expect(c.control).toBe('stringList');
        if (name === 'options') expect(c.control).toBe('options');
      }
    }
    expect(seen).toContain('localized');
    expect(seen).toContain('boolean');
  });
});
