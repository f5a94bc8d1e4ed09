import { join } from 'node:path';
import type { Field } from '@modulo/form-model';
import { validateSubmission } from '@modulo/form-model';
import { describe, expect, it } from 'vitest';
import { inlineModuleUnparsed } from './formatThreeCases';
import { runScript, VALIDATE_PY } from './runPython';

const CHECK_DATES_PY = join(VALIDATE_PY, '..', 'check_dates.py');
const date = (id: string, extra: Partial<Field> = {}): Field => ({
  id,
  kind: 'date',
  label: { it: id },
  ...extra,
});

/** The Python reference's `check_date_rules` gives Modulo's verdicts on the same answers. */
describe('date rules: italian_formats.check_date_rules agrees with validateSubmission', () => {
  const module = inlineModuleUnparsed('conformance-date-rules', [
    date('nascita', { dateRules: [{ op: 'notAfter', ref: { filingDay: true, offsetYears: -18 } }] }),
    date('dal', { dateRules: [{ op: 'notBefore', ref: { filingDay: true, offsetDays: 30 } }] }),
    date('al', {
      dateRules: [
        { op: 'notBefore', ref: { field: 'dal' } },
        { op: 'notAfter', ref: { field: 'dal', offsetMonths: 1 } },
      ],
    }),
    {
      id: 'eventi',
      kind: 'repeatable',
      label: { it: 'Eventi' },
      fields: [date('giorno', { dateRules: [{ op: 'notBefore', ref: { field: 'dal' } }] })],
    },
  ]);
  const today = '2026-12-02';
  const cases: Record<string, unknown>[] = [
    { nascita: '2008-12-02', dal: '2027-01-01', al: '2027-02-01' },
    { nascita: '2008-12-03', dal: '2027-01-01', al: '2027-02-02' },
    { dal: '2026-12-31', al: '2026-12-30' },
    { dal: '2027-01-31', al: '2027-02-28' },
    { dal: '2027-01-31', al: '2027-03-01' },
    {
      nascita: '2008-02-29',
      dal: '2027-01-10',
      eventi: [{ giorno: '2027-01-10' }, { giorno: '2027-01-09' }],
    },
  ];

  it('on every case', () => {
    const python = runScript<{ path: string; code: string; limit: string }[][]>(CHECK_DATES_PY, {
      module,
      today,
      cases,
    });
    cases.forEach((answers, i) => {
      const modulo = validateSubmission(module, answers, { today }).map((e) => ({
        path: e.path,
        code: e.code,
        limit: (e.params as { limit: string }).limit,
      }));
      expect(python[i], JSON.stringify(answers)).toEqual(modulo);
    });
    expect(python.flat().length).toBeGreaterThan(3);
  });
});
