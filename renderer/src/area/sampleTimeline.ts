import type { PraticaEvent, Timeline } from '@modulo/procedure';
import { applyEvent, openPratica, timeline } from '@modulo/procedure';

/**
 * A pratica taken in charge and then suspended for an integration request, as the citizen's
 * page shows it: computed by @modulo/procedure's `timeline`, the same words as the server.
 */
function sample(): Timeline {
  const opened = openPratica({ at: '2026-11-02T09:00:00+01:00', by: 'RSSMRA85T10A562S' });
  if (!opened.ok) throw new Error(opened.error.message);
  let pratica = opened.value;
  const events = [
    { type: 'taken-in-charge', at: '2026-11-03', by: 'Anna Bianchi' },
    {
      type: 'integration-requested',
      at: '2026-11-10',
      by: 'Anna Bianchi',
      reason: 'Copia dell’attestazione ISEE',
      dueBy: '2026-11-25',
    },
  ] as PraticaEvent[];
  for (const e of events) {
    const next = applyEvent(pratica, e, {});
    if (!next.ok) throw new Error(next.error.message);
    pratica = next.value;
  }
  return timeline(pratica, {}, '2026-11-20');
}

export const SAMPLE_TIMELINE: Timeline = sample();
