import { describe, expect, it } from 'vitest';
import { compile } from '../compile';
import { validateSubmission } from '../validateSubmission';
import { errorCodes, moduleWithField } from './moduleWithField';
import { privacyConsent } from './privacyConsent';

describe('privacy-consent', () => {
  const m = moduleWithField('privacy-consent', {
    required: true,
    props: { policyUrl: 'https://www.comune.example.it/privacy' },
  });

  it('is valid only when ticked, and new fields start required', () => {
    expect(privacyConsent.defaults.required).toBe(true);
    expect((compile(m).schema.properties as Record<string, unknown>).x).toMatchObject({
      type: 'boolean',
      const: true,
    });
    expect(compile(m).uiSchema.x).toEqual({
      'ui:kind': 'privacy-consent',
      'ui:widget': 'checkbox',
      'ui:options': { policyUrl: 'https://www.comune.example.it/privacy' },
    });
    expect(errorCodes(m, { x: true })).toEqual([]);
    expect(errorCodes(m, {})).toEqual([['/x', 'required']]);
  });

  it('tells the citizen to accept the notice when the box is not ticked', () => {
    const [error] = validateSubmission(m, { x: false });
    expect(error).toEqual({
      path: '/x',
      code: 'consent_required',
      message: 'Per proseguire devi accettare l’informativa sulla privacy.',
      // The English message names the field by its English label, not the Italian one.
      messageEn: '"Field x" must be accepted to continue.',
      params: {
        field: 'x',
        kind: 'privacy-consent',
        label: { it: 'Campo x', en: 'Field x' },
        keyword: 'const',
      },
    });
  });
});
