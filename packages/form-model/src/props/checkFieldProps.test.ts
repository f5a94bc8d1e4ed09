import { formatError } from '../messages/formatError';
import { describe, expect, it } from 'vitest';
import { getFieldKind } from '../kinds/registry';
import { makeModule, text } from '../testing/makeModule';
import type { Field } from '../types';
import { checkFieldProps, propProblems } from './checkFieldProps';

/** The problems of a field of `kind` with these props, as "pointer: message". */
function problems(kind: string, props: unknown): string[] {
  const field = { id: 'x', kind, label: { it: 'X' }, props } as Field;
  return propProblems(field, getFieldKind(kind)!).map((p) => `${p.pointer}: ${p.message}`);
}

describe('propProblems', () => {
  it('says in Italian what is wrong, naming the prop', () => {
    expect(problems('single-choice', { display: 'tendina' })).toEqual([
      '/display: la proprietà "display" deve essere uno tra: "radio", "select"',
    ]);
    expect(
      problems('single-choice', { options: [{ value: 'a', label: { it: 'A' }, colore: 'blu' }] }),
    ).toEqual(['/options/0/colore: la proprietà "options/0/colore" non è prevista (ammesse: value, label)']);
    expect(problems('yes-no', { yesLabel: { en: 'Yes' } })).toEqual([
      '/yesLabel/it: la proprietà "yesLabel/it" è obbligatoria',
    ]);
    expect(problems('attachment', { accept: ['application/pdf', 'application/pdf'] })).toEqual([
      '/accept: la proprietà "accept" ripete lo stesso elemento',
    ]);
    expect(problems('attachment', { accept: ['image/*'] })).toEqual([
      '/accept/0: la proprietà "accept/0" non è valida: scrivi un tipo di file come application/pdf',
    ]);
    expect(problems('privacy-consent', { policyUrl: 'ftp://comune.example.it/privacy' })).toEqual([
      '/policyUrl: la proprietà "policyUrl" non è valida: l’indirizzo deve iniziare con http:// o https://',
    ]);
    expect(problems('email', 'no')).toEqual([': l’insieme delle proprietà (props) deve essere un oggetto']);
  });

  it('accepts what the library modules use', () => {
    expect(problems('date', { notBefore: 'today', notAfter: '2030-12-31' })).toEqual([]);
    expect(problems('amount', { min: 100.01, max: 10_000_000 })).toEqual([]);
    expect(
      problems('repeatable', { minItems: 1, maxItems: 6, itemLabel: { it: 'Figlio', en: 'Child' } }),
    ).toEqual([]);
  });

  it('compares dates only when both are dates: "today" moves', () => {
    expect(problems('date', { notBefore: '2030-01-01', notAfter: '2029-12-31' })).toEqual([
      '/notAfter: la proprietà "notBefore" (2030-01-01) viene dopo "notAfter" (2029-12-31)',
    ]);
    expect(problems('date', { notBefore: '2030-01-01', notAfter: 'today' })).toEqual([]);
  });
});

describe('checkFieldProps', () => {
  it('gives invalid_property with the pointer of the first problem, the field id, and every problem in details', () => {
    const field: Field = {
      id: 'eta',
      kind: 'number',
      label: { it: 'Età' },
      props: { min: 'zero', max: 'cento' },
    };
    const module = makeModule([
      { id: 'uno', title: { it: 'Uno' }, fields: [] },
      { id: 'due', title: { it: 'Due' }, fields: [text('a'), text('b'), field] },
    ]);
    expect(checkFieldProps(module, field, getFieldKind('number')!)).toEqual({
      code: 'invalid_property',
      params: {
        id: 'eta',
        property: 'min',
        detail: { it: 'la proprietà "min" deve essere un numero', en: 'property "min" must be a number' },
      },
      path: '/steps/1/fields/2/props/min',
      id: 'eta',
      message: 'Il campo "eta" ha una proprietà non valida: la proprietà "min" deve essere un numero.',
      details: [
        { path: '/steps/1/fields/2/props/min', message: 'la proprietà "min" deve essere un numero' },
        { path: '/steps/1/fields/2/props/max', message: 'la proprietà "max" deve essere un numero' },
      ],
    });
  });

  it('says the problem in English too (an English message never carries the Italian detail)', () => {
    const field = { id: 'eta', kind: 'number', label: { it: 'Età', en: 'Age' }, props: { min: 'zero' } };
    const module = makeModule([{ id: 'uno', title: { it: 'Uno' }, fields: [field] }]);
    const error = checkFieldProps(module, field, getFieldKind('number')!)!;
    expect(formatError(error, 'en')).toBe(
      'Field "eta" has an invalid property: property "min" must be a number.',
    );
  });
});
