import { expect, it } from 'vitest';
import { praticaState } from './praticaState';
import { buildPratica } from './testPratica';

it('folds the events into status, responsible and pending requests', () => {
  const p = buildPratica('2026-03-02', [
    ['taken-in-charge', '2026-03-03', { by: 'Mario Rossi' }],
    ['integration-requested', '2026-03-05'],
    ['reassigned', '2026-03-06', { to: 'Anna Bianchi' }],
  ]);
  const s = praticaState(p.events);
  expect(s.status).toBe('integration_requested');
  expect(s.since.at).toBe('2026-03-05');
  expect(s.responsible).toBe('Anna Bianchi');
  expect(s.pendingIntegration?.at).toBe('2026-03-05');
  expect(s.ended).toBeNull();
  expect(s.last.type).toBe('reassigned');
});
