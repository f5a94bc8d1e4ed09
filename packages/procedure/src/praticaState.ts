import type { PraticaEvent, PraticaStatus } from './types';

/** What the events of a pratica add up to, before the clock is consulted. */
export interface PraticaState {
  status: PraticaStatus;
  /** The event that set the status. */
  since: PraticaEvent;
  /** The responsabile del procedimento: who took charge, or the latest reassignment. */
  responsible: string | null;
  inCharge: boolean;
  /** The integration request still awaiting an answer. */
  pendingIntegration: PraticaEvent | null;
  /** Whether an integration request has already used the one suspension. */
  integrationSuspensionUsed: boolean;
  /** The latest preavviso and the observations that answered it, if any. */
  lastPreavviso: PraticaEvent | null;
  observations: PraticaEvent | null;
  /** The citizen's request to the substitute official (art. 2 c. 9-ter), if any. */
  substituteRequest: PraticaEvent | null;
  /** The decision or withdrawal that ended the pratica. */
  ended: PraticaEvent | null;
  last: PraticaEvent;
}

// The status each event leads to; `undefined` keeps the current one.
const NEXT: Record<PraticaEvent['type'], (e: PraticaEvent) => PraticaStatus | undefined> = {
  presented: () => 'presented',
  'taken-in-charge': () => 'in_charge',
  'integration-requested': () => 'integration_requested',
  integrated: () => 'integrated',
  preavviso: () => 'refusal_notice',
  observations: () => undefined,
  concluded: (e) =>
    e.type === 'concluded' && e.outcome === 'negative'
      ? 'ended_by_negative_outcome'
      : 'ended_by_positive_outcome',
  withdrawn: () => 'ended_by_submitter_cancel_requested',
  reassigned: () => undefined,
  'substitute-requested': () => undefined,
};

/** Folds the events of a pratica (already in order) into its state. */
export function praticaState(events: readonly [PraticaEvent, ...PraticaEvent[]]): PraticaState {
  const [first, ...rest] = events;
  let state: PraticaState = {
    status: NEXT[first.type](first) ?? 'presented',
    since: first,
    responsible: null,
    inCharge: false,
    pendingIntegration: null,
    integrationSuspensionUsed: false,
    lastPreavviso: null,
    observations: null,
    substituteRequest: null,
    ended: null,
    last: first,
  };
  for (const e of rest) {
    const status = NEXT[e.type](e);
    state = {
      ...state,
      ...(status ? { status, since: e } : {}),
      last: e,
      ...(e.type === 'taken-in-charge' ? { inCharge: true, responsible: e.by } : {}),
      // Art. 2 c. 7 and art. 10-bis set no precondition: asking for documents or giving notice
      // of refusal takes a pratica not yet in charge in charge, in the same step.
      ...((e.type === 'integration-requested' || e.type === 'preavviso') && !state.inCharge
        ? { inCharge: true, responsible: e.by }
        : {}),
      ...(e.type === 'substitute-requested' ? { substituteRequest: e } : {}),
      ...(e.type === 'reassigned' ? { responsible: e.to } : {}),
      ...(e.type === 'integration-requested'
        ? { pendingIntegration: e, integrationSuspensionUsed: true }
        : {}),
      ...(e.type === 'integrated' ? { pendingIntegration: null } : {}),
      ...(e.type === 'preavviso' ? { lastPreavviso: e, observations: null } : {}),
      ...(e.type === 'observations' ? { observations: e } : {}),
      ...(e.type === 'concluded' || e.type === 'withdrawn' ? { ended: e } : {}),
    };
  }
  return state;
}
