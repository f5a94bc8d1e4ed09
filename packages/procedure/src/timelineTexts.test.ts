import { expect, it } from 'vitest';
import { EVENT_TEXTS, STATUS_LABELS, statusLabel } from './timelineTexts';

it('has an Italian label for every state and a text for every event', () => {
  expect(Object.keys(STATUS_LABELS)).toHaveLength(8);
  expect(Object.keys(EVENT_TEXTS)).toHaveLength(10);
  expect(statusLabel('ended_by_positive_outcome', 'decision')).toBe('Conclusa con esito positivo');
  expect(statusLabel('ended_by_positive_outcome', 'silenzio-assenso')).toBe('Accolta per silenzio-assenso');
});

it('tells when the term restarts after timely observations', () => {
  const ctx = { termDays: 30, firstIntegration: false, timelyObservations: true, resumesClock: false };
  // Observations 25 March: suspended to 4 April, running again from 5 April.
  expect(EVENT_TEXTS.observations({ type: 'observations', at: '2026-03-25', by: 'x' }, ctx).detail).toBe(
    'Il termine riprende a decorrere dal 5 aprile 2026.',
  );
});
