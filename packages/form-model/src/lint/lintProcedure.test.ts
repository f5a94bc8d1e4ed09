import { describe, expect, it } from 'vitest';
import { makeModule, text } from '../testing/makeModule';
import type { Field, Module, Procedure } from '../types';
import { lintProcedure } from './lintProcedure';

const attachment = (id: string, required = false): Field => ({
  id,
  kind: 'attachment',
  label: { it: `Allegato ${id}` },
  required,
});

function withProcedure(patch: Partial<Procedure>, fields: Field[] = [text('a')]): Module {
  const m = makeModule([{ id: 'passo', title: { it: 'Passo' }, fields }]);
  return { ...m, procedure: { ...m.procedure, ...patch } };
}

const codes = (m: Module) => lintProcedure(m).map((f) => [f.severity, f.code, f.subject]);

describe('lintProcedure', () => {
  it('finds nothing when the procedure data is complete', () => {
    expect(codes(withProcedure({}))).toEqual([]);
  });

  it('refuses a substitute who is the responsabile (art. 2 c. 9-bis)', () => {
    const m = withProcedure({
      substitute: {
        id: 'mr',
        name: ' maria rossi ',
        role: { it: 'Segretario' },
        email: 'x@comune.example.it',
      },
    });
    expect(codes(m)).toEqual([['error', 'substitute_is_responsible', 'procedure.substitute']]);
  });

  it('asks for the contacts art. 35 publishes', () => {
    const m = withProcedure({
      office: { id: 'ufficio', name: { it: 'Ufficio' } },
      responsible: { id: 'maria-rossi', name: 'Maria Rossi', role: { it: 'Responsabile' } },
      substitute: { id: 'luigi-bianchi', name: 'Luigi Bianchi', role: { it: 'Segretario' } },
    });
    expect(codes(m)).toEqual([
      ['warning', 'office_without_contact', 'procedure.office'],
      ['warning', 'responsible_without_contact', 'procedure.responsible'],
      ['warning', 'substitute_without_contact', 'procedure.substitute'],
    ]);
  });

  it('flags terms over 90 days (info) and over 180 (warning)', () => {
    expect(codes(withProcedure({ termDays: 90 }))).toEqual([]);
    expect(codes(withProcedure({ termDays: 120 }))).toEqual([
      ['info', 'term_over_90_days', 'procedure.termDays'],
    ]);
    expect(codes(withProcedure({ termDays: 181 }))).toEqual([
      ['warning', 'term_over_180_days', 'procedure.termDays'],
    ]);
  });

  it('wants an amount or an explanation for every fee', () => {
    const m = withProcedure({ fees: [{ id: 'diritti', label: { it: 'Diritti' }, method: 'pagopa' }] });
    expect(codes(m)).toEqual([['warning', 'fee_without_amount', 'procedure.fees.diritti']]);
    const explained = withProcedure({
      fees: [
        {
          id: 'diritti',
          label: { it: 'Diritti' },
          method: 'pagopa',
          description: { it: '€ 0,25 a pagina.' },
        },
      ],
    });
    expect(codes(explained)).toEqual([]);
  });

  it('refuses prefill from SPID on a form that asks for no login', () => {
    const m = withProcedure({ loginLevel: 'none' }, [text('nome', { prefill: 'givenName' })]);
    expect(codes(m)).toEqual([['error', 'prefill_without_login', 'nome']]);
  });

  it('matches published documents and attachment fields both ways', () => {
    const m = withProcedure(
      {
        attachments: [
          { id: 'planimetria', label: { it: 'Planimetria' }, required: true },
          { id: 'foto', label: { it: 'Foto' }, required: true },
        ],
      },
      [attachment('planimetria', true), attachment('foto'), attachment('altro')],
    );
    expect(codes(m)).toEqual([
      ['warning', 'attachment_optional_in_form', 'foto'],
      ['warning', 'attachment_not_published', 'altro'],
    ]);
    const missing = withProcedure({
      attachments: [{ id: 'delega', label: { it: 'Delega' }, required: false }],
    });
    expect(codes(missing)).toEqual([['error', 'attachment_not_asked', 'procedure.attachments.delega']]);
  });
});
