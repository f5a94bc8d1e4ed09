// Test helper (not exported): builds a pratica through the real surface, openPratica + applyEvent.
import { applyEvent } from './applyEvent';
import { openPratica } from './openPratica';
import type { OpenPraticaInput } from './openPratica';
import type { Calendar, Pratica, PraticaEvent } from './types';

type Step =
  | [
      type: Exclude<PraticaEvent['type'], 'concluded' | 'reassigned'>,
      at: string,
      extra?: Partial<PraticaEvent>,
    ]
  | [type: 'concluded', at: string, extra: { outcome: 'positive' | 'negative'; reason?: string }]
  | [type: 'reassigned', at: string, extra: { to: string }];

/** Opens a pratica filed at `filed` and applies `steps`; throws if the law refuses one. */
export function buildPratica(
  filed: string,
  steps: Step[] = [],
  options: Partial<OpenPraticaInput> = {},
  calendar: Calendar = {},
): Pratica {
  const opened = openPratica({ at: filed, by: 'RSSMRA80A01H501U', ...options });
  if (!opened.ok) throw new Error(opened.error.message);
  let pratica = opened.value;
  for (const [type, at, extra] of steps) {
    const event = { by: 'Ufficio', reason: 'motivazione', ...extra, type, at } as PraticaEvent;
    const next = applyEvent(pratica, event, calendar);
    if (!next.ok) throw new Error(`${type} ${at}: ${next.error.code} ${next.error.message}`);
    pratica = next.value;
  }
  return pratica;
}
