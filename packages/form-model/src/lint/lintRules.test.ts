import { describe, expect, it } from 'vitest';
import { exitModule } from '../testing/exitCases';
import { feeModule } from '../testing/feeCases';
import { routingModule } from '../testing/routingCases';
import type { Condition, Exit, FeeLine, Module, RoutingRule } from '../types';
import { lintModule } from './lintModule';

const RULE_CODES = new Set([
  'routing_on_unanswered_field',
  'routing_never_matches',
  'exit_never_triggers',
  'exit_stops_everyone',
  'fee_factor_not_a_number',
  'fee_never_applies',
]);
const found = (m: Module) =>
  lintModule(m)
    .filter((f) => RULE_CODES.has(f.code))
    .map((f) => [f.severity, f.code, f.subject]);

const firstRule = routingModule.procedure.routing![0]!;
const routed = (when: Condition, extra: Partial<RoutingRule> = {}): Module => ({
  ...routingModule,
  procedure: { ...routingModule.procedure, routing: [{ ...firstRule, id: 'r', when, ...extra }] },
});
const exitOn = (when: Condition): Module => ({
  ...exitModule,
  exits: [{ ...(exitModule.exits![0] as Exit), when }],
});
const withLine = (line: Partial<FeeLine>): Module => ({
  ...feeModule,
  procedure: {
    ...feeModule.procedure,
    fees: [
      {
        id: 'f',
        label: { it: 'F' },
        method: 'pagopa',
        lines: [{ id: 'l', label: { it: 'L' }, cents: 100, ...line }],
      },
    ],
  },
});

describe('lintModule on routing rules, exits and fees', () => {
  it('finds nothing wrong in the case modules', () => {
    for (const m of [routingModule, exitModule, feeModule]) expect(found(m)).toEqual([]);
  });

  it('refuses a rule that would route everyone who never answered a hidden question, unless guarded', () => {
    // "luogo" is shown only for roads: `not luogo = x` holds for every other report.
    const notHere: Condition = { not: { field: 'luogo', op: 'equals', value: 'Via Roma' } };
    expect(found(routed(notHere))).toEqual([['error', 'routing_on_unanswered_field', 'procedure.routing.r']]);
    expect(found(routed({ all: [{ field: 'luogo', op: 'answered' }, notHere] }))).toEqual([]);
    // A required, always shown field is always answered: `not` on it is safe.
    expect(found(routed({ not: { field: 'comune', op: 'equals', value: 'lugo' } }))).toEqual([]);
    // Outside a `not`, an unanswered field fails the rule: the next one is the fallback.
    expect(found(routed({ field: 'luogo', op: 'equals', value: 'Via Roma' }))).toEqual([]);
  });

  it('warns about a rule that can never match', () => {
    expect(found(routed({ field: 'comune', op: 'equals', value: 'ravenna' }))).toEqual([
      ['warning', 'routing_never_matches', 'procedure.routing.r'],
    ]);
  });

  it('refuses an exit that never triggers or that stops every submission', () => {
    expect(found(exitOn({ field: 'tipo', op: 'equals', value: 'mutuo' }))).toEqual([
      ['error', 'exit_never_triggers', 'exits.nonResidente'],
    ]);
    expect(found(exitOn({ field: 'residente', op: 'in', values: [true, false] }))).toEqual([
      ['error', 'exit_stops_everyone', 'exits.nonResidente'],
    ]);
    expect(found(exitOn({ field: 'tipo', op: 'answered' }))).toEqual([
      ['error', 'exit_stops_everyone', 'exits.nonResidente'],
    ]);
    expect(
      found(
        exitOn({
          any: [
            { field: 'residente', op: 'equals', value: false },
            { field: 'tipo', op: 'notEquals', value: 'x' },
          ],
        }),
      ),
    ).toEqual([['error', 'exit_stops_everyone', 'exits.nonResidente']]);
    const isee = exitModule.steps[1]!;
    const alwaysInStep = {
      ...exitModule,
      steps: [
        exitModule.steps[0]!,
        {
          ...isee,
          exits: [{ ...isee.exits![0]!, when: { field: 'isee', op: 'gte', value: 0 } as Condition }],
        },
      ],
    };
    expect(found(alwaysInStep)).toEqual([['error', 'exit_stops_everyone', 'exits.iseeAlto']]);
  });

  it('refuses a fee factor that is not a number, and warns about a line that never applies', () => {
    expect(found(withLine({ factors: [{ field: 'zona' }] }))).toEqual([
      ['error', 'fee_factor_not_a_number', 'procedure.fees.f'],
    ]);
    expect(found(withLine({ factors: [{ field: 'superficie' }] }))).toEqual([]);
    expect(found(withLine({ when: { field: 'zona', op: 'equals', value: 'mare' } }))).toEqual([
      ['warning', 'fee_never_applies', 'procedure.fees.f'],
    ]);
  });
});
