import type { PraticaEvent, Timeline, TimelineLang } from '@modulo/procedure';
import { applyEvent, openPratica, timeline } from '@modulo/procedure';

/** A pratica filed on 2 November 2026 with these events after it, as of `asOf` (30-day term). */
export function sampleTimeline(
  events: PraticaEvent[],
  asOf: string,
  substitute?: string,
  lang: TimelineLang = 'it',
): Timeline {
  const opened = openPratica({ at: '2026-11-02T09:00:00+01:00', by: 'RSSMRA85T10A562S' });
  if (!opened.ok) throw new Error(opened.error.message);
  let pratica = substitute ? { ...opened.value, substitute } : opened.value;
  for (const e of events) {
    const next = applyEvent(pratica, e, {});
    if (!next.ok) throw new Error(next.error.message);
    pratica = next.value;
  }
  return timeline(pratica, {}, asOf, lang);
}

const TAKEN = { type: 'taken-in-charge', at: '2026-11-03', by: 'Anna Bianchi' } as const;
const ASKED = {
  type: 'integration-requested',
  at: '2026-11-10',
  by: 'Anna Bianchi',
  reason: 'Copia dell’attestazione ISEE',
  dueBy: '2026-11-25',
} as const;

/**
 * A pratica taken in charge and then suspended for an integration request, as the citizen's
 * page shows it: computed by @modulo/procedure's `timeline`, the same words as the server.
 */
export const SAMPLE_TIMELINE: Timeline = sampleTimeline([TAKEN, ASKED], '2026-11-20');

/** The same pratica integrated and concluded with a positive decision. */
export const CONCLUDED_TIMELINE: Timeline = sampleTimeline(
  [
    TAKEN,
    ASKED,
    { type: 'integrated', at: '2026-11-18', by: 'Mario Rossi' },
    {
      type: 'concluded',
      at: '2026-11-30',
      by: 'Anna Bianchi',
      outcome: 'positive',
      reason: 'Requisiti presenti.',
    },
  ],
  '2026-12-02',
);

/** The same pratica taken in charge and left without a decision past its term. */
export const OVERDUE_TIMELINE: Timeline = sampleTimeline([TAKEN], '2026-12-10', 'Segretario comunale');

/** The same pratica with a preavviso di rigetto waiting for observations (art. 10-bis). */
export const PREAVVISO_TIMELINE: Timeline = sampleTimeline(
  [TAKEN, { type: 'preavviso', at: '2026-11-20', by: 'Anna Bianchi', reason: 'Manca l’attestazione ISEE.' }],
  '2026-11-24',
);
