import type { PraticaEvent } from '@modulo/procedure';
import { applyEvent } from '@modulo/procedure';
import type { PraticaContext } from './praticaClock';

/** The staff actions of the back office. */
export const ACTIONS = [
  'take_in_charge',
  'request_integration',
  'preavviso',
  'conclude',
  'reassign',
] as const;
export type ActionType = (typeof ACTIONS)[number];

/** The event(s) each action may become: allowed if `applyEvent` accepts any of them now. */
function probes(at: string, by: string): Record<ActionType, PraticaEvent[]> {
  const reason = 'verifica';
  return {
    take_in_charge: [{ type: 'taken-in-charge', at, by }],
    request_integration: [{ type: 'integration-requested', at, by, reason }],
    preavviso: [{ type: 'preavviso', at, by, reason }],
    conclude: [
      { type: 'concluded', at, by, reason, outcome: 'positive' },
      { type: 'concluded', at, by, reason, outcome: 'negative' },
    ],
    reassign: [{ type: 'reassigned', at, by, to: by, reason }],
  };
}

/** The actions the law allows on this pratica now, asked of `applyEvent` itself. */
export function allowedActions(ctx: PraticaContext, now: Date, by: string): ActionType[] {
  const all = probes(now.toISOString(), by);
  return ACTIONS.filter((a) => all[a].some((e) => applyEvent(ctx.pratica, e, ctx.calendar).ok));
}
