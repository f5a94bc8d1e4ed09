import { describe, expect, it } from 'vitest';
import { findField } from '@modulo/form-model';
import { createTestDesigner } from './createTestDesigner';

const ids = (d: ReturnType<typeof createTestDesigner>, step = 'dati') =>
  d.module.steps.find((s) => s.id === step)!.fields.map((f) => f.id);

describe('designer store: edits', () => {
  it('adds a field through the model and selects it', () => {
    const d = createTestDesigner();
    const r = d.addField('codice-fiscale', { stepId: 'dati' }, 1);
    expect(r.ok).toBe(true);
    expect(ids(d)).toEqual(['nome', 'codiceFiscale', 'pericolo', 'descrizione']);
    expect(d.store.getState().selection).toEqual({ kind: 'field', id: 'codiceFiscale' });
    expect(d.store.getState().dirty).toBe(true);
  });

  it('moves by buttons and to another step', () => {
    const d = createTestDesigner();
    expect(d.moveBy('nome', 1).ok).toBe(true);
    expect(ids(d)).toEqual(['pericolo', 'nome', 'descrizione']);
    expect(d.moveToStep('nome', 'recapiti').ok).toBe(true);
    expect(ids(d, 'recapiti')).toEqual(['email', 'nome']);
  });

  it('refuses a condition on a later field with the model’s reason, leaving the module as it was', () => {
    const d = createTestDesigner();
    const before = d.module;
    const r = d.setCondition({ fieldId: 'nome' }, { field: 'pericolo', op: 'equals', value: true });
    expect(r.ok).toBe(false);
    expect(d.module).toBe(before);
    const refusal = d.store.getState().refusal;
    expect(refusal?.code).toBe('condition_on_later_field');
    expect(refusal?.message).toMatch(/pericolo/);
  });

  it('refuses a condition on a deleted field, and deleting a field a rule reads', () => {
    const d = createTestDesigner();
    const gone = d.setCondition({ fieldId: 'descrizione' }, { field: 'cancellato', op: 'answered' });
    expect(gone.ok).toBe(false);
    expect(d.store.getState().refusal?.code).toBe('unknown_field');
    const inUse = d.removeField('pericolo');
    expect(inUse.ok).toBe(false);
    expect(d.store.getState().refusal?.code).toBe('field_in_use');
    expect(d.store.getState().refusal?.message).toMatch(/descrizione/);
  });

  it('refuses moving a conditional field above the field it reads', () => {
    const d = createTestDesigner();
    const r = d.moveField('descrizione', { stepId: 'dati' }, 0);
    expect(r.ok).toBe(false);
    expect(d.store.getState().refusal?.code).toBe('condition_on_later_field');
    expect(ids(d)).toEqual(['nome', 'pericolo', 'descrizione']);
  });

  it('recomputes lint findings on edit, once per module', () => {
    const d = createTestDesigner();
    const first = d.store.findings();
    expect(d.store.findings()).toBe(first);
    d.addField('iban', { stepId: 'dati' });
    const after = d.store.findings();
    expect(after).not.toBe(first);
    expect(after.some((f) => f.code === 'missing_help' && f.subject === 'iban')).toBe(true);
  });

  it('keeps the selection on a renamed field and drops it from a removed one', () => {
    const d = createTestDesigner();
    d.select({ kind: 'field', id: 'email' });
    d.setFieldProperty({ id: 'email', property: 'id', value: 'posta' });
    expect(d.store.getState().selection).toEqual({ kind: 'field', id: 'posta' });
    d.removeField('posta');
    expect(d.store.getState().selection).toEqual({ kind: 'step', id: 'recapiti' });
  });
});

describe('designer store: undo and redo', () => {
  it('undoes and redoes every edit, selection included', () => {
    const d = createTestDesigner();
    const m0 = d.module;
    d.addField('email', { stepId: 'recapiti' });
    const m1 = d.module;
    d.setLabel('email2', { it: 'Email di lavoro' });
    expect(d.undo()).toBe(true);
    expect(d.module).toBe(m1);
    expect(d.undo()).toBe(true);
    expect(d.module).toBe(m0);
    expect(d.store.getState().dirty).toBe(false);
    expect(d.undo()).toBe(false);
    expect(d.redo()).toBe(true);
    expect(d.store.getState().selection).toEqual({ kind: 'field', id: 'email2' });
    expect(d.redo()).toBe(true);
    expect(findField(d.module, 'email2')?.field.label.it).toBe('Email di lavoro');
  });

  it('typing a label letter by letter is one undo step; a new edit clears redo', () => {
    const d = createTestDesigner();
    const m0 = d.module;
    for (const text of ['N', 'No', 'Nom', 'Nome e cognome']) d.setLabel('nome', { it: text });
    d.undo();
    expect(d.module).toBe(m0);
    d.redo();
    d.undo();
    d.addStep();
    expect(d.store.getState().canRedo).toBe(false);
  });

  it('maps Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y', () => {
    const d = createTestDesigner();
    d.addStep();
    const key = (k: string, shiftKey = false) => ({ key: k, ctrlKey: true, metaKey: false, shiftKey });
    expect(d.shortcut(key('z'))).toBe(true);
    expect(d.module.steps).toHaveLength(2);
    expect(d.shortcut(key('Z', true))).toBe(true);
    expect(d.module.steps).toHaveLength(3);
    d.undo();
    expect(d.shortcut(key('y'))).toBe(true);
    expect(d.module.steps).toHaveLength(3);
    expect(d.shortcut({ key: 'z', ctrlKey: false, metaKey: false, shiftKey: false })).toBe(false);
  });

  it('a refused edit adds no history', () => {
    const d = createTestDesigner();
    d.removeStep('nessuno');
    expect(d.store.getState().canUndo).toBe(false);
  });
});

describe('designer store: version', () => {
  it('sets the version through the model’s setVersion, refusing a bad one', () => {
    const d = createTestDesigner();
    expect(d.setVersion('1.1.0').ok).toBe(true);
    expect(d.module.version).toBe('1.1.0');
    expect(d.setVersion('uno').ok).toBe(false);
    expect(d.store.getState().refusal?.code).toBe('invalid_property');
    d.undo();
    expect(d.module.version).toBe('0.1.0');
  });
});

describe('designer store: routing and fees (format 3)', () => {
  const office = { id: 'pronto-intervento', name: { it: 'Pronto intervento' } };
  const responsible = { id: 'ada-neri', name: 'Ada Neri', role: { it: 'Responsabile' } };

  it('adds a routing rule through setProcedure, and undoes it', () => {
    const d = createTestDesigner();
    const r = d.setProcedure({
      routing: [
        { id: 'urgenti', when: { field: 'pericolo', op: 'equals', value: true }, office, responsible },
      ],
    });
    expect(r.ok).toBe(true);
    expect(d.module.procedure.routing?.[0]?.office.id).toBe('pronto-intervento');
    d.undo();
    expect(d.module.procedure.routing).toBeUndefined();
  });

  it('refuses a routing rule on a deleted field with the model’s reason', () => {
    const d = createTestDesigner();
    const r = d.setProcedure({
      routing: [{ id: 'x', when: { field: 'cancellato', op: 'answered' }, office, responsible }],
    });
    expect(r.ok).toBe(false);
    expect(d.store.getState().refusal?.message).toMatch(/cancellato/);
  });

  it('adds a computed fee line', () => {
    const d = createTestDesigner();
    d.addField('number', { stepId: 'recapiti' });
    const r = d.setProcedure({
      fees: [
        {
          id: 'diritti',
          label: { it: 'Diritti di segreteria' },
          method: 'pagopa',
          lines: [{ id: 'perCopia', label: { it: 'Per copia' }, cents: 50, factors: [{ field: 'number' }] }],
        },
      ],
    });
    expect(r.ok).toBe(true);
  });
});
