import type { LocalizedText } from '../types';
import { closedProps, LOCALIZED_TEXT_SCHEMA } from './closedProps';
import type { FieldKind } from './FieldKind';
import { prop } from './FieldKind';

/** A yes/no question answered `true` or `false`. Props: `yesLabel`, `noLabel` (default Sì / No). */
export const yesNo: FieldKind = {
  kind: 'yes-no',
  label: { it: 'Sì / No', en: 'Yes / No' },
  category: 'choice',
  defaults: {
    label: { it: 'Nuova domanda', en: 'New question' },
    props: { yesLabel: { it: 'Sì', en: 'Yes' }, noLabel: { it: 'No', en: 'No' } },
  },
  propsSchema: closedProps({
    yesLabel: { ...LOCALIZED_TEXT_SCHEMA, description: 'Label of the "yes" answer (default Sì).' },
    noLabel: { ...LOCALIZED_TEXT_SCHEMA, description: 'Label of the "no" answer (default No).' },
  }),
  hasValue: true,
  toJsonSchema() {
    return { type: 'boolean' };
  },
  toUiSchema(field, ctx) {
    const yes = ctx.text(prop<LocalizedText>(field, yesNo, 'yesLabel'));
    const no = ctx.text(prop<LocalizedText>(field, yesNo, 'noLabel'));
    // rjsf's own radio widget reads ui:enumNames; the Italian widget reads ui:options.
    return {
      'ui:kind': yesNo.kind,
      'ui:widget': 'radio',
      'ui:enumNames': [yes, no],
      'ui:options': { inline: true, yesLabel: yes, noLabel: no },
    };
  },
  sample() {
    return true;
  },
};
