import { describe, expect, it } from 'vitest';
import { compile } from './compile';
import { romeToday, shiftDate } from './checkDateRules';
import { makeModule } from './testing/makeModule';
import type { Field } from './types';
import { validateSubmission } from './validateSubmission';

const date = (id: string, extra: Partial<Field> = {}): Field => ({
  id,
  kind: 'date',
  label: { it: id, en: id },
  ...extra,
});

/** Occupation of public land: from at least 30 days after filing, to not before the start. */
const m = makeModule([
  {
    id: 'uno',
    title: { it: 'Uno' },
    fields: [
      date('nascita', { dateRules: [{ op: 'notAfter', ref: { filingDay: true, offsetYears: -18 } }] }),
      date('dal', {
        required: true,
        dateRules: [{ op: 'notBefore', ref: { filingDay: true, offsetDays: 30 } }],
      }),
      date('al', { required: true, dateRules: [{ op: 'notBefore', ref: { field: 'dal' } }] }),
      {
        id: 'eventi',
        kind: 'repeatable',
        label: { it: 'Eventi' },
        fields: [
          date('giorno', {
            dateRules: [
              { op: 'notBefore', ref: { field: 'dal' } },
              { op: 'notAfter', ref: { field: 'al' }, message: { it: 'Entro la fine.', en: 'By the end.' } },
            ],
          }),
        ],
      },
    ],
  },
]);
const today = '2026-12-02';
const codes = (data: unknown) => validateSubmission(m, data, { today }).map((e) => [e.path, e.code]);

describe('date rules', () => {
  it('accepts dates that keep every rule', () => {
    expect(
      codes({
        nascita: '2008-12-02',
        dal: '2027-01-01',
        al: '2027-01-01',
        eventi: [{ giorno: '2027-01-01' }],
      }),
    ).toEqual([]);
  });

  it('refuses an end before the start (the 2020/2019 request)', () => {
    expect(codes({ dal: '2027-05-10', al: '2027-01-01' })).toEqual([['/al', 'date_too_early']]);
    const [error] = validateSubmission(m, { dal: '2027-05-10', al: '2027-01-01' }, { today });
    expect(error).toMatchObject({
      message: '«al»: la data deve essere uguale o successiva al 10/05/2027.',
      messageEn: '"al" must be on or after 2027-05-10.',
      params: { limit: '2027-05-10' },
    });
  });

  it('counts from the filing day: 30 days ahead, of age', () => {
    expect(codes({ dal: '2026-12-31', al: '2027-01-31' })).toEqual([['/dal', 'date_too_early']]);
    expect(codes({ dal: '2027-01-01', al: '2027-01-31' })).toEqual([]);
    expect(codes({ nascita: '2008-12-03', dal: '2027-01-01', al: '2027-01-01' })).toEqual([
      ['/nascita', 'date_too_late'],
    ]);
  });

  it('reads the enclosing level from a list entry, with the rule’s own message', () => {
    const data = {
      dal: '2027-01-10',
      al: '2027-01-20',
      eventi: [{ giorno: '2027-01-15' }, { giorno: '2027-01-21' }, { giorno: '2027-01-09' }],
    };
    expect(codes(data)).toEqual([
      ['/eventi/1/giorno', 'date_too_late'],
      ['/eventi/2/giorno', 'date_too_early'],
    ]);
    expect(validateSubmission(m, data, { today })[0]?.message).toBe('Entro la fine.');
  });

  it('leaves a malformed or missing date to the schema', () => {
    expect(codes({ dal: '2027-02-30', al: '2027-01-01' })).toEqual([['/dal', 'invalid_format']]);
    expect(codes({ al: '2027-01-01' })).toEqual([['/dal', 'required']]);
  });

  it('shows the rules to the renderer in the uiSchema', () => {
    expect(compile(m).uiSchema.al).toMatchObject({
      'ui:options': { dateRules: [{ op: 'notBefore', ref: { field: 'dal' } }] },
    });
  });
});

describe('shiftDate and romeToday', () => {
  it('clamps a month shift to the month’s end and handles leap days', () => {
    expect(shiftDate('2027-01-31', { offsetMonths: 1 })).toBe('2027-02-28');
    expect(shiftDate('2024-02-29', { offsetYears: -18 })).toBe('2006-02-28');
    expect(shiftDate('2026-12-02', { offsetDays: 30 })).toBe('2027-01-01');
    expect(shiftDate('2026-02-30', {})).toBeUndefined();
  });

  it('gives the date in Rome, not in UTC', () => {
    expect(romeToday(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(romeToday(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(romeToday(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });
});
