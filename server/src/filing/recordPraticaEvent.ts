import type { PraticaEvent } from '@modulo/procedure';
import { applyEvent, deadline, praticaState } from '@modulo/procedure';
import { clockColumns } from '../backoffice/praticaClock';
import { ApiError } from '../errors';
import type { Store } from '../storage/Store';

/**
 * Records what happened to a pratica (taken in charge, integration requested, concluded...),
 * if the law allows it (`applyEvent` of @modulo/procedure), and updates its status.
 */
export async function recordPraticaEvent(
  store: Store,
  code: string,
  event: PraticaEvent,
  actor: string,
): Promise<string> {
  const p = await store.pratiche.get(code);
  if (!p) throw new ApiError('pratica_not_found', 'Pratica non trovata.', `No pratica "${code}".`);
  const published = await store.modules.version(p.enteId, p.moduleId, p.moduleVersion);
  const ente = await store.entes.get(p.enteId);
  const result = applyEvent(
    {
      termDays: p.termDays,
      silenzioAssenso: published?.module.procedure.silenzioAssenso ?? false,
      events: p.events,
    },
    event,
    ente?.patron ? { patron: ente.patron } : {},
  );
  if (!result.ok)
    throw new ApiError('unlawful_event', result.error.message, `Event refused: ${result.error.code}.`, {
      details: { cause: result.error.code },
    });
  const status = praticaState(result.value.events).status;
  await store.pratiche.appendEvent(code, event, status, actor);
  // The inbox sorts by the stored due date: keep it current (back office, migration 005).
  const calendar = ente?.patron ? { patron: ente.patron } : {};
  await store.backoffice.setClock(code, clockColumns(deadline(result.value, calendar, event.at)));
  return status;
}
