import { describe, expect, it } from 'vitest';
import { serverFieldErrors } from './serverFieldErrors';

describe('serverFieldErrors', () => {
  it('puts answer and request pointers on the fields, and drops what names no field', () => {
    expect(
      serverFieldErrors([
        {
          code: 'required',
          path: '/email',
          message: 'Il campo «E-mail» è obbligatorio.',
          messageEn: 'Required.',
        },
        { code: 'too_small', path: '/answers/residenza/cap', message: 'Valore non valido nella richiesta.' },
        { code: 'invalid_attachment', path: '/attachments/foto', message: 'File non accettato.' },
        { code: 'invalid_type', path: '/version', message: 'Versione.' },
        { code: 'x', path: '/answers', message: 'Tutte le risposte.' },
        'nonsense',
      ]),
    ).toEqual([
      {
        code: 'required',
        path: '/email',
        message: 'Il campo «E-mail» è obbligatorio.',
        messageEn: 'Required.',
      },
      { code: 'too_small', path: '/residenza/cap', message: 'Valore non valido nella richiesta.' },
      { code: 'invalid_attachment', path: '/foto', message: 'File non accettato.' },
      { code: 'invalid_type', path: '/version', message: 'Versione.' },
    ]);
    // An exit's details are an object, not field errors.
    expect(serverFieldErrors({ exit: 'non-residente' })).toEqual([]);
  });
});
