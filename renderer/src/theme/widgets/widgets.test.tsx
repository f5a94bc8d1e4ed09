// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryApi } from '../../api/memoryApi';
import { FieldPreview } from '../../testing/FieldPreview';
import { cleanup, click, render, type } from '../../testing/render';
import { SAMPLE_FIELDS, SAMPLE_VALUES } from '../../testing/sampleFields';
import { dateBounds } from './DateWidget';
import { formatEuro, parseEuro } from './euro';

const f = SAMPLE_FIELDS;
afterEach(cleanup);
const $ = <T extends Element = HTMLInputElement>(root: ParentNode, sel: string) =>
  root.querySelector<T & Element>(sel)!;

async function preview(key: string, props: Partial<Parameters<typeof FieldPreview>[0]> = {}) {
  const changes: unknown[] = [];
  const r = await render(<FieldPreview field={f[key]!} onChange={(v) => changes.push(v)} {...props} />);
  return { ...r, changes };
}

describe('every control is labelled, and help and errors are tied to it', () => {
  it('short text: label for, aria-required, help by aria-describedby; an error adds aria-invalid', async () => {
    const { container } = await preview('shortText', { error: 'Il campo Nome è obbligatorio.' });
    const input = $(container, '#anteprima_nome');
    expect($(container, 'label[for=anteprima_nome]').textContent).toBe('Nome *');
    expect(input.getAttribute('aria-required')).toBe('true');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('anteprima_nome__help anteprima_nome__error');
    expect($(container, '#anteprima_nome__help').textContent).toBe('Come sul documento di identità.');
    expect($(container, '#anteprima_nome__error').textContent).toBe('Il campo Nome è obbligatorio.');
  });

  it('e-mail, phone, number and long text: the right control, labelled, holding what is typed', async () => {
    const email = await preview('email');
    const mail = $(email.container, '#anteprima_email');
    expect(mail.type).toBe('email');
    expect($(email.container, 'label[for=anteprima_email]').textContent).toBe('E-mail *');
    await type(mail, 'mario.rossi@example.it');
    expect(email.changes.at(-1)).toBe('mario.rossi@example.it');
    const phone = await preview('phone');
    const tel = $(phone.container, '#anteprima_telefono');
    expect(tel.type).toBe('tel');
    expect(tel.getAttribute('aria-required')).toBeNull();
    await type(tel, '+39 0544 123456');
    expect(phone.changes.at(-1)).toBe('+39 0544 123456');
    const number = await preview('number');
    const figli = $(number.container, '#anteprima_figli');
    expect(figli.type).toBe('number');
    await type(figli, '3');
    expect(number.changes.at(-1)).toBe(3);
    await type(figli, '');
    expect(number.changes.at(-1)).toBeUndefined();
    const long = await preview('longText', { value: SAMPLE_VALUES.longText });
    const area = $<HTMLTextAreaElement>(long.container, 'textarea#anteprima_descrizione');
    expect(area.value).toBe(SAMPLE_VALUES.longText);
    expect($(long.container, 'label[for=anteprima_descrizione]').textContent).toBe('Descrizione *');
    await type(area, 'Buca profonda.');
    expect(long.changes.at(-1)).toBe('Buca profonda.');
  });

  it('read-only when prefilled from SPID, disabled when the form is', async () => {
    const ro = await preview('codiceFiscale', { value: 'RSSMRA85T10A562S', readonly: true });
    expect($(ro.container, '#anteprima_codiceFiscale').readOnly).toBe(true);
    const dis = await preview('date', { value: '1985-12-10', disabled: true });
    expect($(dis.container, '#anteprima_dataNascita').matches(':disabled')).toBe(true);
  });
});

describe('codice fiscale', () => {
  it('writes upper case without spaces and checks the control letter while typing', async () => {
    const { container, changes } = await preview('codiceFiscale');
    const input = $(container, '#anteprima_codiceFiscale');
    await type(input, 'rssmra85t10a562x');
    expect(changes.at(-1)).toBe('RSSMRA85T10A562X');
    const hint = $(container, '#anteprima_codiceFiscale__check');
    expect(hint.getAttribute('aria-live')).toBe('polite');
    expect(hint.textContent).toContain('ci aspettavamo “S”');
    expect(input.getAttribute('aria-describedby')).toContain('anteprima_codiceFiscale__check');
    await type(input, 'RSSMRA85T10A562S');
    expect(hint.textContent).toBe('Codice fiscale formalmente corretto.');
  });

  it('speaks English on an English page', async () => {
    const { container } = await preview('codiceFiscale', { value: 'RSSMRA85T10A562X', lang: 'en' });
    expect($(container, '#anteprima_codiceFiscale__check').textContent).toContain('expected “S”');
  });
});

describe('partita IVA, IBAN, CAP', () => {
  it('says when a partita IVA and an IBAN are well formed', async () => {
    const piva = await preview('partitaIva');
    await type($(piva.container, '#anteprima_partitaIva'), '00488410010');
    expect($(piva.container, '#anteprima_partitaIva__check').textContent).toBe(
      'Partita IVA formalmente corretta.',
    );
    const iban = await preview('iban');
    await type($(iban.container, '#anteprima_iban'), 'it60 x054 2811 1010 0000 0123 456');
    expect(iban.changes.at(-1)).toBe('IT60X0542811101000000123456');
    expect($(iban.container, '#anteprima_iban__check').textContent).toBe('IBAN formalmente corretto.');
  });

  it('CAP: numeric keyboard, five characters', async () => {
    const { container } = await preview('cap');
    const input = $(container, '#anteprima_cap');
    expect(input.inputMode).toBe('numeric');
    expect(input.maxLength).toBe(5);
  });
});

describe('euro amount', () => {
  it('shows integer cents in euro and stores what is typed as cents', async () => {
    const { container, changes } = await preview('amount', { value: 123450 });
    const input = $(container, '#anteprima_importo');
    expect(input.value).toBe(new Intl.NumberFormat('it-IT', { minimumFractionDigits: 2 }).format(1234.5));
    await type(input, '12,5');
    expect(changes.at(-1)).toBe(1250);
    expect(input.value).toBe('12,5');
    await type(input, 'dodici');
    expect(changes.at(-1)).toBe('dodici');
  });

  it('parses and formats Italian and English amounts', () => {
    expect(parseEuro('1.234,56')).toBe(123456);
    expect(parseEuro('1.234')).toBe(123400);
    expect(parseEuro('12.5')).toBe(1250);
    expect(parseEuro('1,234.56', 'en')).toBe(123456);
    expect(parseEuro('12,345')).toBeUndefined();
    expect(formatEuro(5, 'en')).toBe('0.05');
  });
});

describe('date', () => {
  it('bounds the picker by notBefore/notAfter and by date rules from the filing day', async () => {
    expect(
      dateBounds(
        { dateRules: [{ op: 'notAfter', ref: { filingDay: true, offsetYears: -18 } }] },
        '2026-12-02',
      ),
    ).toEqual({ min: undefined, max: '2008-12-02' });
    expect(
      dateBounds(
        { notBefore: '2026-01-01', dateRules: [{ op: 'notBefore', ref: { filingDay: true } }] },
        '2026-12-02',
      ),
    ).toEqual({ min: '2026-12-02', max: undefined });
    const { container } = await preview('date');
    const input = $(container, '#anteprima_dataNascita');
    expect(input.type).toBe('date');
    expect(input.min).toBe('1900-01-01');
    expect($(container, '#anteprima_dataNascita__bounds').textContent).toBe('Non prima del 1/1/1900.');
  });
});

describe('choices', () => {
  it('radios in a fieldset with a legend hold the option value', async () => {
    const { container, changes } = await preview('singleChoice');
    expect($(container, 'fieldset#anteprima_parentela legend').textContent).toBe('Parentela *');
    await click($(container, '#anteprima_parentela-1'));
    expect(changes.at(-1)).toBe('coniuge');
  });

  it('yes/no holds a boolean; checkboxes hold a list in option order; a select holds a value', async () => {
    const yn = await preview('yesNo');
    await click($(yn.container, '#anteprima_disabilita-1'));
    expect(yn.changes.at(-1)).toBe(false);
    const mc = await preview('multipleChoice');
    await click($(mc.container, '#anteprima_spese-2'));
    await click($(mc.container, '#anteprima_spese-0'));
    expect(mc.changes.at(-1)).toEqual(['affitto', 'sanitarie']);
    const sel = await preview('select');
    const select = $<HTMLSelectElement>(sel.container, 'select#anteprima_provincia');
    expect($(sel.container, 'label[for=anteprima_provincia]').textContent).toBe('Provincia');
    await act(async () => {
      select.value = '2';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(sel.changes.at(-1)).toBe('RN');
  });

  it('privacy consent is true only when ticked, never by default', async () => {
    const { container, changes } = await preview('privacyConsent');
    const box = $(container, '#anteprima_privacy');
    expect(box.checked).toBe(false);
    await click(box);
    expect(changes.at(-1)).toBe(true);
  });
});

describe('groups, addresses, lists, information text', () => {
  it('an address is a fieldset with its parts labelled and autocomplete tokens', async () => {
    const { container } = await preview('address', { value: SAMPLE_VALUES.address });
    expect($(container, 'fieldset#anteprima_residenza > legend').textContent).toBe(
      'Indirizzo di residenza *',
    );
    expect($(container, 'label[for=anteprima_residenza_cap]').textContent).toBe('CAP *');
    expect($(container, '#anteprima_residenza_cap').autocomplete).toBe('postal-code');
    expect($(container, '#anteprima_residenza_comune').value).toBe('Ravenna');
  });

  it('a group shows its fields under a legend', async () => {
    const { container } = await preview('group');
    expect($(container, 'fieldset#anteprima_delegato > legend').textContent).toBe('Persona delegata');
    expect(container.querySelector('#anteprima_delegato_cfDelegato')).not.toBeNull();
  });

  it('a repeatable list adds numbered items whose conditions apply per item', async () => {
    const { container, changes } = await preview('repeatable');
    await click(
      [...container.querySelectorAll('button')].find((b) => b.textContent === 'Aggiungi componente')!,
    );
    expect($(container, '.modulo-list__title').textContent).toBe('Componente 1');
    expect(container.querySelector('#anteprima_nucleo_0_percentuale')).toBeNull();
    await click($(container, '#anteprima_nucleo_0_disabile-0'));
    expect(container.querySelector('#anteprima_nucleo_0_percentuale')).not.toBeNull();
    expect(changes.at(-1)).toEqual([{ disabile: true }]);
    expect(
      [...container.querySelectorAll('button')].some((b) => b.textContent === 'Rimuovi componente 1'),
    ).toBe(true);
  });

  it('information text renders the HTML compile made from markdown', async () => {
    const { container } = await preview('infoText');
    expect($(container, '.modulo-info__body').innerHTML).toContain('<strong>codice fiscale</strong>');
    expect($(container, '.modulo-info__body a').getAttribute('href')).toBe('https://www.inps.it');
  });
});

describe('file upload', () => {
  const file = (name: string, type = 'application/pdf', size = 2048) =>
    new File([new Uint8Array(size)], name, { type });
  const choose = async (input: HTMLInputElement, files: File[]) => {
    await act(async () => {
      Object.defineProperty(input, 'files', { value: files, configurable: true });
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(async () => new Promise((r) => setTimeout(r, 20)));
  };

  it('uploads through the api client and keeps only metadata and the server ref', async () => {
    const { container, changes } = await preview('attachment', { api: memoryApi() });
    const input = $(container, '#anteprima_documento');
    expect(input.getAttribute('aria-describedby')).toBe('anteprima_documento__types');
    await choose(input, [file('carta.pdf')]);
    expect(changes.at(-1)).toEqual({
      name: 'carta.pdf',
      mediaType: 'application/pdf',
      size: 2048,
      ref: 'upload-1',
    });
    expect(container.textContent).toContain('Caricato');
  });

  it('shows a failure with "Riprova", which sends the same file again', async () => {
    const { container, changes } = await preview('attachment', {
      api: memoryApi({ failUploadsNamed: 'errore' }),
    });
    await choose($(container, '#anteprima_documento'), [file('errore.pdf')]);
    expect(container.textContent).toContain('Caricamento non riuscito.');
    await click([...container.querySelectorAll('button')].find((b) => b.textContent === 'Riprova')!);
    await act(async () => new Promise((r) => setTimeout(r, 20)));
    expect(changes.at(-1)).toMatchObject({ name: 'errore.pdf', ref: 'upload-1' });
  });

  it('refuses a type or a size the field does not accept, before sending', async () => {
    const { container, changes } = await preview('attachment', { api: memoryApi() });
    await choose($(container, '#anteprima_documento'), [file('foto.gif', 'image/gif')]);
    expect(container.textContent).toContain('Tipo di file non accettato.');
    await choose($(container, '#anteprima_documento'), [file('grande.pdf', 'application/pdf', 11 * 2 ** 20)]);
    expect(container.textContent).toContain('Il file supera la dimensione massima di 10 MB.');
    expect(changes.filter((c) => c !== undefined)).toEqual([]);
  });
});
