import { describe, expect, it } from 'vitest';
import type { Exit } from '@modulo/form-model';
import { findField } from '@modulo/form-model';
import { ruleReaders } from '../canvas/ruleReaders';
import { createTestDesigner } from './createTestDesigner';

const exit = (id: string, field: string): Exit => ({
  id,
  when: { field, op: 'equals', value: false },
  title: { it: 'Non è un pericolo' },
  message: { it: 'Per le altre segnalazioni usa il modulo generico.' },
});

describe('designer store: required-when, exits, step title, version', () => {
  it('sets required-when through the model, undoes it, and refuses a later field', () => {
    const d = createTestDesigner();
    expect(d.setRequiredWhen('email', { field: 'pericolo', op: 'equals', value: true }).ok).toBe(true);
    expect(findField(d.module, 'email')?.field.requiredWhen).toEqual({
      field: 'pericolo',
      op: 'equals',
      value: true,
    });
    expect(ruleReaders(d.module).get('pericolo')).toContainEqual({ rule: 'requiredWhen', owner: 'email' });
    d.undo();
    expect(findField(d.module, 'email')?.field.requiredWhen).toBeUndefined();
    const before = d.module;
    expect(d.setRequiredWhen('nome', { field: 'email', op: 'answered' }).ok).toBe(false);
    expect(d.module).toBe(before);
    expect(d.store.getState().refusal?.code).toBe('condition_on_later_field');
    expect(d.store.getState().refusal?.message).toMatch(/email/);
  });

  it('adds, edits and removes exits; a field an exit reads cannot be deleted', () => {
    const d = createTestDesigner();
    expect(d.addExit({ stepId: 'dati', exit: exit('nessunPericolo', 'pericolo') }).ok).toBe(true);
    expect(ruleReaders(d.module).get('pericolo')).toContainEqual({ rule: 'exit', owner: 'nessunPericolo' });
    expect(d.removeField('pericolo').ok).toBe(false);
    expect(d.store.getState().refusal?.code).toBe('field_in_use');
    // A step's exit may not read a later step's field: the model's reason is shown.
    expect(d.setExit('nessunPericolo', exit('nessunPericolo', 'email')).ok).toBe(false);
    expect(d.store.getState().refusal?.code).toBe('condition_on_later_field');
    expect(
      d.setExit('nessunPericolo', {
        ...exit('nessunPericolo', 'nome'),
        when: { field: 'nome', op: 'answered' },
      }).ok,
    ).toBe(true);
    expect(d.addExit({ exit: exit('tardi', 'email') }).ok).toBe(true);
    expect(d.module.exits?.map((e) => e.id)).toEqual(['tardi']);
    expect(d.removeExit('nessunPericolo').ok).toBe(true);
    expect(d.module.steps[0]).not.toHaveProperty('exits');
    d.undo();
    expect(d.module.steps[0]?.exits?.map((e) => e.id)).toEqual(['nessunPericolo']);
  });

  it('renames a step (typing coalesces into one undo) and sets the version', () => {
    const d = createTestDesigner();
    d.setStepTitle('dati', { it: 'I' });
    d.setStepTitle('dati', { it: 'Il' });
    d.setStepTitle('dati', { it: 'Il pericolo' });
    expect(d.module.steps[0]?.title).toEqual({ it: 'Il pericolo' });
    d.undo();
    expect(d.module.steps[0]?.title).toEqual({ it: 'I tuoi dati' });
    expect(d.setStepTitle('dati', { it: ' ' }).ok).toBe(false);
    expect(d.setVersion('1.1.0').ok).toBe(true);
    expect(d.module.version).toBe('1.1.0');
    expect(d.setVersion('1.1').ok).toBe(false);
  });
});
