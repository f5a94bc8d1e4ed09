import { describe, expect, it } from 'vitest';
import { compile } from '../compile';
import { validateSubmission } from '../validateSubmission';
import { errorCodes, moduleWithField } from './moduleWithField';

const pdf = { name: 'planimetria.pdf', mediaType: 'application/pdf', size: 2_000_000, ref: 'up-7f3a' };

describe('attachment', () => {
  const m = moduleWithField('attachment', { required: true, label: { it: 'Planimetria' } });

  it('is the metadata of one upload, with accept and size limits in ui:options', () => {
    expect(compile(m).uiSchema.x).toEqual({
      'ui:kind': 'attachment',
      'ui:options': {
        accept: 'application/pdf,image/jpeg,image/png',
        maxSizeMb: 10,
        multiple: false,
        maxFiles: 5,
      },
    });
    expect(errorCodes(m, { x: pdf })).toEqual([]);
    expect(errorCodes(m, { x: { ...pdf, ref: undefined } })).toEqual([['/x/ref', 'required']]);
  });

  it('refuses a file type not accepted, a file too large, an empty file', () => {
    const docx = { ...pdf, mediaType: 'application/msword' };
    expect(errorCodes(m, { x: docx })).toEqual([['/x/mediaType', 'file_type_not_allowed']]);
    expect(validateSubmission(m, { x: docx })[0]?.message).toBe(
      '«Planimetria» (tipo di file): tipo di file non ammesso (ammessi: PDF, JPEG, PNG).',
    );
    const big = { ...pdf, size: 10 * 2 ** 20 + 1 };
    expect(validateSubmission(m, { x: big }).map((e) => [e.code, e.message])).toEqual([
      ['file_too_large', '«Planimetria» (dimensione del file): il file è troppo grande (massimo 10 MB).'],
    ]);
    expect(errorCodes(m, { x: { ...pdf, size: 0 } })).toEqual([['/x/size', 'file_empty']]);
  });

  it('takes a list of up to maxFiles uploads when multiple', () => {
    const many = moduleWithField('attachment', { required: true, props: { multiple: true, maxFiles: 2 } });
    expect(errorCodes(many, { x: [pdf, { ...pdf, ref: 'up-2' }] })).toEqual([]);
    expect(errorCodes(many, { x: [] })).toEqual([['/x', 'too_few']]);
    expect(errorCodes(many, { x: [pdf, pdf, pdf] })).toEqual([['/x', 'too_many']]);
    expect(errorCodes(many, { x: pdf })).toEqual([['/x', 'invalid_type']]);
  });
});
