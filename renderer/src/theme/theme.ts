import type { RegistryFieldsType, RegistryWidgetsType } from '@rjsf/utils';
import { AttachmentField } from './fields/AttachmentField';
import { InfoTextField } from './fields/InfoTextField';
import { templates } from './templates';
import { AmountWidget } from './widgets/AmountWidget';
import { CheckedCodeWidget } from './widgets/CheckedCodeWidget';
import {
  CheckboxesWidget,
  ConsentWidget,
  RadioWidget,
  SelectWidget,
  YesNoWidget,
} from './widgets/ChoiceWidgets';
import { CodiceFiscaleWidget } from './widgets/CodiceFiscaleWidget';
import { DateWidget } from './widgets/DateWidget';
import { CapWidget, TextareaWidget, TextWidget } from './widgets/TextWidget';

/**
 * Widgets registered under the form-model kind names (`ui:widget` is set from `ui:kind` by
 * `themedUi`), plus rjsf's standard names so a plain schema still renders in our markup.
 */
export const widgets: RegistryWidgetsType = {
  'short-text': TextWidget,
  email: TextWidget,
  pec: TextWidget,
  phone: TextWidget,
  number: TextWidget,
  'long-text': TextareaWidget,
  'codice-fiscale': CodiceFiscaleWidget,
  'partita-iva': CheckedCodeWidget,
  iban: CheckedCodeWidget,
  cap: CapWidget,
  amount: AmountWidget,
  date: DateWidget,
  'privacy-consent': ConsentWidget,
  'yes-no': YesNoWidget,
  'single-choice': RadioWidget,
  'multiple-choice': CheckboxesWidget,
  select: SelectWidget,
  TextWidget,
  TextareaWidget,
  CheckboxWidget: ConsentWidget,
  RadioWidget,
  SelectWidget,
  CheckboxesWidget,
  DateWidget,
};

/** Kinds that draw a whole field (`ui:field`). */
export const fields: RegistryFieldsType = {
  attachment: AttachmentField,
  'info-text': InfoTextField,
};

/** The Modulo theme for @rjsf/core: a plain object, spread into `<Form>`. */
export const theme = { widgets, templates, fields };
