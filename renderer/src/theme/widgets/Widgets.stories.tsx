import '../../testing/storyStyles';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { memoryApi } from '../../api/memoryApi';
import { FieldPreview } from '../../testing/FieldPreview';
import { SAMPLE_FIELDS, SAMPLE_VALUES } from '../../testing/sampleFields';

const meta: Meta<typeof FieldPreview> = {
  title: 'Renderer/Widgets',
  component: FieldPreview,
  args: { api: memoryApi({ uploadMs: 1200, failUploadsNamed: 'errore' }) },
};
export default meta;
type Story = StoryObj<typeof FieldPreview>;

/** Five stories per field kind: empty, filled, error, disabled, read-only prefilled. */
type States = Record<'Empty' | 'Filled' | 'Error' | 'Disabled' | 'ReadOnlyPrefilled', Story>;

function states(key: string, error = 'Il campo è obbligatorio.'): States {
  const field = SAMPLE_FIELDS[key]!;
  const value = SAMPLE_VALUES[key];
  return {
    Empty: { args: { field } },
    Filled: { args: { field, value } },
    Error: { args: { field, error } },
    Disabled: { args: { field, value, disabled: true } },
    ReadOnlyPrefilled: { args: { field, value, readonly: true } },
  };
}

const s = (key: string, error?: string) => states(key, error);
// Every kind in the five states (issue 12's Stories), generated from SAMPLE_FIELDS / SAMPLE_VALUES.
export const ShortTextEmpty: Story = s('shortText').Empty;
export const ShortTextFilled: Story = s('shortText').Filled;
export const ShortTextError: Story = s('shortText').Error;
export const ShortTextDisabled: Story = s('shortText').Disabled;
export const ShortTextReadOnlyPrefilled: Story = s('shortText').ReadOnlyPrefilled;
export const LongTextEmpty: Story = s('longText').Empty;
export const LongTextFilled: Story = s('longText').Filled;
export const LongTextError: Story = s('longText').Error;
export const LongTextDisabled: Story = s('longText').Disabled;
export const LongTextReadOnlyPrefilled: Story = s('longText').ReadOnlyPrefilled;
export const EmailEmpty: Story = s('email', 'L’indirizzo e-mail non è valido.').Empty;
export const EmailFilled: Story = s('email', 'L’indirizzo e-mail non è valido.').Filled;
export const EmailError: Story = s('email', 'L’indirizzo e-mail non è valido.').Error;
export const EmailDisabled: Story = s('email', 'L’indirizzo e-mail non è valido.').Disabled;
export const EmailReadOnlyPrefilled: Story = s('email', 'L’indirizzo e-mail non è valido.').ReadOnlyPrefilled;
export const PhoneEmpty: Story = s('phone', 'Il numero di telefono non è valido.').Empty;
export const PhoneFilled: Story = s('phone', 'Il numero di telefono non è valido.').Filled;
export const PhoneError: Story = s('phone', 'Il numero di telefono non è valido.').Error;
export const PhoneDisabled: Story = s('phone', 'Il numero di telefono non è valido.').Disabled;
export const PhoneReadOnlyPrefilled: Story = s(
  'phone',
  'Il numero di telefono non è valido.',
).ReadOnlyPrefilled;
export const NumberEmpty: Story = s('number', 'Deve essere un numero intero.').Empty;
export const NumberFilled: Story = s('number', 'Deve essere un numero intero.').Filled;
export const NumberError: Story = s('number', 'Deve essere un numero intero.').Error;
export const NumberDisabled: Story = s('number', 'Deve essere un numero intero.').Disabled;
export const NumberReadOnlyPrefilled: Story = s('number', 'Deve essere un numero intero.').ReadOnlyPrefilled;
export const CodiceFiscaleEmpty: Story = s(
  'codiceFiscale',
  'Codice fiscale: il codice fiscale non è valido.',
).Empty;
export const CodiceFiscaleFilled: Story = s(
  'codiceFiscale',
  'Codice fiscale: il codice fiscale non è valido.',
).Filled;
export const CodiceFiscaleError: Story = s(
  'codiceFiscale',
  'Codice fiscale: il codice fiscale non è valido.',
).Error;
export const CodiceFiscaleDisabled: Story = s(
  'codiceFiscale',
  'Codice fiscale: il codice fiscale non è valido.',
).Disabled;
export const CodiceFiscaleReadOnlyPrefilled: Story = s(
  'codiceFiscale',
  'Codice fiscale: il codice fiscale non è valido.',
).ReadOnlyPrefilled;
export const PartitaIvaEmpty: Story = s('partitaIva', 'La partita IVA non è valida.').Empty;
export const PartitaIvaFilled: Story = s('partitaIva', 'La partita IVA non è valida.').Filled;
export const PartitaIvaError: Story = s('partitaIva', 'La partita IVA non è valida.').Error;
export const PartitaIvaDisabled: Story = s('partitaIva', 'La partita IVA non è valida.').Disabled;
export const PartitaIvaReadOnlyPrefilled: Story = s(
  'partitaIva',
  'La partita IVA non è valida.',
).ReadOnlyPrefilled;
export const IbanEmpty: Story = s('iban', 'L’IBAN non è valido.').Empty;
export const IbanFilled: Story = s('iban', 'L’IBAN non è valido.').Filled;
export const IbanError: Story = s('iban', 'L’IBAN non è valido.').Error;
export const IbanDisabled: Story = s('iban', 'L’IBAN non è valido.').Disabled;
export const IbanReadOnlyPrefilled: Story = s('iban', 'L’IBAN non è valido.').ReadOnlyPrefilled;
export const CapEmpty: Story = s('cap', 'Il CAP non è valido: deve avere 5 cifre.').Empty;
export const CapFilled: Story = s('cap', 'Il CAP non è valido: deve avere 5 cifre.').Filled;
export const CapError: Story = s('cap', 'Il CAP non è valido: deve avere 5 cifre.').Error;
export const CapDisabled: Story = s('cap', 'Il CAP non è valido: deve avere 5 cifre.').Disabled;
export const CapReadOnlyPrefilled: Story = s(
  'cap',
  'Il CAP non è valido: deve avere 5 cifre.',
).ReadOnlyPrefilled;
export const AddressEmpty: Story = s('address').Empty;
export const AddressFilled: Story = s('address').Filled;
export const AddressError: Story = s('address').Error;
export const AddressDisabled: Story = s('address').Disabled;
export const AddressReadOnlyPrefilled: Story = s('address').ReadOnlyPrefilled;
export const AmountEmpty: Story = s('amount').Empty;
export const AmountFilled: Story = s('amount').Filled;
export const AmountError: Story = s('amount').Error;
export const AmountDisabled: Story = s('amount').Disabled;
export const AmountReadOnlyPrefilled: Story = s('amount').ReadOnlyPrefilled;
export const DateEmpty: Story = s('date').Empty;
export const DateFilled: Story = s('date').Filled;
export const DateError: Story = s('date').Error;
export const DateDisabled: Story = s('date').Disabled;
export const DateReadOnlyPrefilled: Story = s('date').ReadOnlyPrefilled;
export const AttachmentEmpty: Story = s('attachment').Empty;
export const AttachmentFilled: Story = s('attachment').Filled;
export const AttachmentError: Story = s('attachment').Error;
export const AttachmentDisabled: Story = s('attachment').Disabled;
export const AttachmentReadOnlyPrefilled: Story = s('attachment').ReadOnlyPrefilled;
export const AttachmentsEmpty: Story = s('attachments').Empty;
export const AttachmentsFilled: Story = s('attachments').Filled;
export const AttachmentsError: Story = s('attachments').Error;
export const AttachmentsDisabled: Story = s('attachments').Disabled;
export const AttachmentsReadOnlyPrefilled: Story = s('attachments').ReadOnlyPrefilled;
export const PrivacyConsentEmpty: Story = s(
  'privacyConsent',
  'Per proseguire devi accettare l’informativa sulla privacy.',
).Empty;
export const PrivacyConsentFilled: Story = s(
  'privacyConsent',
  'Per proseguire devi accettare l’informativa sulla privacy.',
).Filled;
export const PrivacyConsentError: Story = s(
  'privacyConsent',
  'Per proseguire devi accettare l’informativa sulla privacy.',
).Error;
export const PrivacyConsentDisabled: Story = s(
  'privacyConsent',
  'Per proseguire devi accettare l’informativa sulla privacy.',
).Disabled;
export const PrivacyConsentReadOnlyPrefilled: Story = s(
  'privacyConsent',
  'Per proseguire devi accettare l’informativa sulla privacy.',
).ReadOnlyPrefilled;
export const YesNoEmpty: Story = s('yesNo').Empty;
export const YesNoFilled: Story = s('yesNo').Filled;
export const YesNoError: Story = s('yesNo').Error;
export const YesNoDisabled: Story = s('yesNo').Disabled;
export const YesNoReadOnlyPrefilled: Story = s('yesNo').ReadOnlyPrefilled;
export const SingleChoiceEmpty: Story = s('singleChoice').Empty;
export const SingleChoiceFilled: Story = s('singleChoice').Filled;
export const SingleChoiceError: Story = s('singleChoice').Error;
export const SingleChoiceDisabled: Story = s('singleChoice').Disabled;
export const SingleChoiceReadOnlyPrefilled: Story = s('singleChoice').ReadOnlyPrefilled;
export const SelectEmpty: Story = s('select').Empty;
export const SelectFilled: Story = s('select').Filled;
export const SelectError: Story = s('select').Error;
export const SelectDisabled: Story = s('select').Disabled;
export const SelectReadOnlyPrefilled: Story = s('select').ReadOnlyPrefilled;
export const MultipleChoiceEmpty: Story = s('multipleChoice').Empty;
export const MultipleChoiceFilled: Story = s('multipleChoice').Filled;
export const MultipleChoiceError: Story = s('multipleChoice').Error;
export const MultipleChoiceDisabled: Story = s('multipleChoice').Disabled;
export const MultipleChoiceReadOnlyPrefilled: Story = s('multipleChoice').ReadOnlyPrefilled;
export const GroupEmpty: Story = s('group').Empty;
export const GroupFilled: Story = s('group').Filled;
export const GroupError: Story = s('group').Error;
export const GroupDisabled: Story = s('group').Disabled;
export const GroupReadOnlyPrefilled: Story = s('group').ReadOnlyPrefilled;
export const RepeatableEmpty: Story = s('repeatable').Empty;
export const RepeatableFilled: Story = s('repeatable').Filled;
export const RepeatableError: Story = s('repeatable').Error;
export const RepeatableDisabled: Story = s('repeatable').Disabled;
export const RepeatableReadOnlyPrefilled: Story = s('repeatable').ReadOnlyPrefilled;
export const CodiceFiscaleWrongCheckLetter: Story = {
  args: { field: SAMPLE_FIELDS.codiceFiscale!, value: 'RSSMRA85T10A562X' },
};
/** Information text: no value, nothing to fill. */
export const InfoText: Story = s('infoText').Empty;
export const EnglishCodiceFiscale: Story = {
  args: { field: SAMPLE_FIELDS.codiceFiscale!, value: 'RSSMRA85T10A562X', lang: 'en' },
};
