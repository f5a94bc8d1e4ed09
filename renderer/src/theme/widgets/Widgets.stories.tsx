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
export const ShortTextEmpty: Story = s('shortText').Empty;
export const ShortTextFilled: Story = s('shortText').Filled;
export const ShortTextError: Story = s('shortText').Error;
export const ShortTextDisabled: Story = s('shortText').Disabled;
export const ShortTextReadOnly: Story = s('shortText').ReadOnlyPrefilled;
export const LongTextEmpty: Story = s('longText').Empty;
export const LongTextFilled: Story = s('longText').Filled;
export const LongTextError: Story = s('longText').Error;
export const LongTextDisabled: Story = s('longText').Disabled;
export const EmailFilled: Story = s('email').Filled;
export const EmailError: Story = s('email', 'L’indirizzo e-mail non è valido.').Error;
export const PhoneFilled: Story = s('phone').Filled;
export const NumberFilled: Story = s('number').Filled;
export const CodiceFiscaleEmpty: Story = s('codiceFiscale').Empty;
export const CodiceFiscaleFilled: Story = s('codiceFiscale').Filled;
export const CodiceFiscaleWrongCheckLetter: Story = {
  args: { field: SAMPLE_FIELDS.codiceFiscale!, value: 'RSSMRA85T10A562X' },
};
export const CodiceFiscaleError: Story = s(
  'codiceFiscale',
  'Codice fiscale: il codice fiscale non è valido.',
).Error;
export const CodiceFiscaleDisabled: Story = s('codiceFiscale').Disabled;
export const CodiceFiscaleReadOnlyPrefilled: Story = s('codiceFiscale').ReadOnlyPrefilled;
export const PartitaIvaFilled: Story = s('partitaIva').Filled;
export const PartitaIvaError: Story = s('partitaIva', 'La partita IVA non è valida.').Error;
export const IbanEmpty: Story = s('iban').Empty;
export const IbanFilled: Story = s('iban').Filled;
export const IbanError: Story = s('iban', 'L’IBAN non è valido.').Error;
export const IbanDisabled: Story = s('iban').Disabled;
export const CapFilled: Story = s('cap').Filled;
export const CapError: Story = s('cap', 'Il CAP non è valido: deve avere 5 cifre.').Error;
export const AddressEmpty: Story = s('address').Empty;
export const AddressFilled: Story = s('address').Filled;
export const AddressError: Story = s('address').Error;
export const AddressDisabled: Story = s('address').Disabled;
export const AmountEmpty: Story = s('amount').Empty;
export const AmountFilled: Story = s('amount').Filled;
export const AmountError: Story = s('amount').Error;
export const AmountDisabled: Story = s('amount').Disabled;
export const AmountReadOnly: Story = s('amount').ReadOnlyPrefilled;
export const DateEmpty: Story = s('date').Empty;
export const DateFilled: Story = s('date').Filled;
export const DateError: Story = s('date').Error;
export const DateDisabled: Story = s('date').Disabled;
export const DateReadOnlyPrefilled: Story = s('date').ReadOnlyPrefilled;
export const AttachmentEmpty: Story = s('attachment').Empty;
export const AttachmentFilled: Story = s('attachment').Filled;
export const AttachmentError: Story = s('attachment').Error;
export const AttachmentDisabled: Story = s('attachment').Disabled;
export const AttachmentsMultiple: Story = s('attachments').Filled;
export const PrivacyConsentEmpty: Story = s('privacyConsent').Empty;
export const PrivacyConsentFilled: Story = s('privacyConsent').Filled;
export const PrivacyConsentError: Story = s(
  'privacyConsent',
  'Per proseguire devi accettare l’informativa sulla privacy.',
).Error;
export const PrivacyConsentDisabled: Story = s('privacyConsent').Disabled;
export const InfoText: Story = s('infoText').Empty;
export const YesNoEmpty: Story = s('yesNo').Empty;
export const YesNoFilled: Story = s('yesNo').Filled;
export const YesNoError: Story = s('yesNo').Error;
export const YesNoDisabled: Story = s('yesNo').Disabled;
export const SingleChoiceEmpty: Story = s('singleChoice').Empty;
export const SingleChoiceFilled: Story = s('singleChoice').Filled;
export const SingleChoiceError: Story = s('singleChoice').Error;
export const SingleChoiceDisabled: Story = s('singleChoice').Disabled;
export const SelectEmpty: Story = s('select').Empty;
export const SelectFilled: Story = s('select').Filled;
export const SelectError: Story = s('select').Error;
export const MultipleChoiceEmpty: Story = s('multipleChoice').Empty;
export const MultipleChoiceFilled: Story = s('multipleChoice').Filled;
export const MultipleChoiceError: Story = s('multipleChoice').Error;
export const MultipleChoiceDisabled: Story = s('multipleChoice').Disabled;
export const GroupEmpty: Story = s('group').Empty;
export const GroupFilled: Story = s('group').Filled;
export const GroupDisabled: Story = s('group').Disabled;
export const RepeatableEmpty: Story = s('repeatable').Empty;
export const RepeatableFilled: Story = s('repeatable').Filled;
export const RepeatableDisabled: Story = s('repeatable').Disabled;
export const EnglishCodiceFiscale: Story = {
  args: { field: SAMPLE_FIELDS.codiceFiscale!, value: 'RSSMRA85T10A562X', lang: 'en' },
};
