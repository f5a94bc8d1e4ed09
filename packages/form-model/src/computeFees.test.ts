import { describe, expect, it } from 'vitest';
import { parseModule } from './parseModule';
import type { FeeQuote } from './computeFees';
import { computeFees } from './computeFees';
import type { ExpectedQuote } from './testing/feeCases';
import { feeCases, feeModule } from './testing/feeCases';
import type { Module } from './types';
import { validateSubmission } from './validateSubmission';

/** The quote without labels and methods, in the shape of the cases. */
function shape(quote: FeeQuote): ExpectedQuote {
  return {
    totalCents: quote.totalCents,
    fees: quote.fees.map((f) => ({
      id: f.id,
      totalCents: f.totalCents,
      ...(f.bound ? { bound: f.bound } : {}),
      ...(f.pending ? { pending: f.pending } : {}),
      lines: f.lines.map((l) => ({ id: l.id, amountCents: l.amountCents, quantity: l.quantity })),
    })),
  };
}

describe('computeFees: the fee cases (the server runs the same)', () => {
  it('the case module parses (format 3)', () => {
    const r = parseModule(JSON.parse(JSON.stringify(feeModule)));
    expect(r.ok ? 'ok' : r.error).toBe('ok');
  });

  for (const c of feeCases) {
    it(c.name, () => {
      expect(validateSubmission(feeModule, c.answers)).toEqual([]);
      expect(shape(computeFees(feeModule, c.answers))).toEqual(c.expected);
    });
  }
});

describe('computeFees', () => {
  const withLines = (lines: NonNullable<Module['procedure']['fees'][number]['lines']>): Module => ({
    ...feeModule,
    procedure: {
      ...feeModule.procedure,
      fees: [{ id: 'f', label: { it: 'Costo' }, method: 'pagopa', lines }],
    },
  });

  it('leaves out a line whose factor is unanswered, not a number, or negative', () => {
    const module = withLines([
      { id: 'a', label: { it: 'a' }, cents: 100, factors: [{ field: 'x' }] },
      { id: 'b', label: { it: 'b' }, cents: 100, factors: [{ countOf: 'list' }] },
      { id: 'c', label: { it: 'c' }, cents: 100 },
    ]);
    for (const answers of [{}, { x: '3', list: 'no' }, { x: -1, list: null }, { x: Number.NaN }]) {
      const [fee] = computeFees(module, answers).fees;
      expect(fee?.lines.map((l) => l.id)).toEqual(['c']);
      expect(fee?.totalCents).toBe(100);
    }
  });

  it('gives integers, the same on every run, for many fractional answers', () => {
    const module = withLines([
      { id: 'a', label: { it: 'a' }, cents: 137, factors: [{ field: 'x' }, { field: 'y' }] },
    ]);
    for (let i = 0; i < 500; i++) {
      const answers = { x: (i * 7) / 100, y: (i % 13) / 4 };
      const first = computeFees(module, answers);
      expect(computeFees(module, answers)).toEqual(first);
      expect(Number.isInteger(first.totalCents)).toBe(true);
      const exact = 137 * answers.x * answers.y;
      expect(Math.abs(first.totalCents - exact)).toBeLessThanOrEqual(0.501);
    }
  });

  it('sums the fees into the total', () => {
    for (const c of feeCases) {
      const quote = computeFees(feeModule, c.answers);
      expect(quote.totalCents).toBe(quote.fees.reduce((s, f) => s + f.totalCents, 0));
    }
  });
});
