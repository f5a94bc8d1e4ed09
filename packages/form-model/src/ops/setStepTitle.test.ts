import { describe, expect, it } from 'vitest';
import { makeModule } from '../testing/makeModule';
import { setStepTitle } from './setStepTitle';

const m = makeModule();

describe('setStepTitle', () => {
  it('sets the title and the description, and an empty description removes it', () => {
    const r = setStepTitle(m, {
      stepId: 'dati',
      title: { it: 'I tuoi dati', en: 'Your data' },
      description: { it: 'Chi presenta la domanda.' },
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.steps[0]).toMatchObject({
      title: { it: 'I tuoi dati', en: 'Your data' },
      description: { it: 'Chi presenta la domanda.' },
    });
    const cleared = setStepTitle(r.value, { stepId: 'dati', title: { it: 'Dati' }, description: { it: '' } });
    expect(cleared.ok && cleared.value.steps[0]).not.toHaveProperty('description');
  });

  it('refuses an empty title and an unknown step', () => {
    const empty = setStepTitle(m, { stepId: 'dati', title: { it: '  ' } });
    expect(empty.ok ? 'ok' : empty.error.code).toBe('invalid_property');
    const unknown = setStepTitle(m, { stepId: 'zz', title: { it: 'X' } });
    expect(unknown.ok ? 'ok' : unknown.error.code).toBe('unknown_step');
  });
});
