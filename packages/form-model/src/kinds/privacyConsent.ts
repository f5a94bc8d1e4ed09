import { PRIVACY_CONSENT_MESSAGES } from './kindMessages';
import { closedProps } from './closedProps';
import type { FieldKind } from './FieldKind';
import { prop } from './FieldKind';

/**
 * The box a citizen ticks to confirm having read the privacy notice (GDPR art. 13), linked by
 * `policyUrl`. Only `true` is valid, so an unticked box blocks the filing; new fields start
 * required, because an optional confirmation could simply be left out.
 */
export const privacyConsent: FieldKind = {
  kind: 'privacy-consent',
  label: { it: 'Consenso privacy', en: 'Privacy consent' },
  category: 'choice',
  defaults: {
    label: {
      it: 'Dichiaro di aver letto l’informativa sul trattamento dei dati personali',
      en: 'I have read the privacy notice',
    },
    props: {},
    required: true,
  },
  propsSchema: closedProps({
    policyUrl: {
      type: 'string',
      format: 'uri',
      pattern: '^https?://',
      description: 'Web address (http or https) of the privacy notice (GDPR art. 13).',
    },
  }),
  hasValue: true,
  messages: PRIVACY_CONSENT_MESSAGES,
  toJsonSchema() {
    return { type: 'boolean', const: true };
  },
  toUiSchema(field) {
    const policyUrl = prop<string | undefined>(field, privacyConsent, 'policyUrl');
    return {
      'ui:kind': privacyConsent.kind,
      'ui:widget': 'checkbox',
      ...(policyUrl ? { 'ui:options': { policyUrl } } : {}),
    };
  },
  sample() {
    return true;
  },
};
