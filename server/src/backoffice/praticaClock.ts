import type { Calendar, Deadline, Pratica } from '@modulo/procedure';
import type { ClockColumns } from '../storage/BackofficeStore';
import type { Ente } from '../storage/EnteStore';
import type { PublishedModule } from '../storage/ModuleStore';
import type { StoredPratica } from '../storage/PraticaStore';
import type { Store } from '../storage/Store';

/** A stored pratica with what the legal clock needs: its procedure's rules and the calendar. */
export interface PraticaContext {
  stored: StoredPratica;
  ente: Ente;
  published: PublishedModule | undefined;
  pratica: Pratica;
  calendar: Calendar;
}

/** Reads a pratica as `@modulo/procedure` sees it: term, silenzio-assenso, substitute, events. */
export async function praticaContext(store: Store, stored: StoredPratica): Promise<PraticaContext> {
  const ente = await store.entes.get(stored.enteId);
  if (!ente) throw new Error(`No ente ${stored.enteId}`);
  const published = await store.modules.version(stored.enteId, stored.moduleId, stored.moduleVersion);
  const procedure = published?.module.procedure;
  return {
    stored,
    ente,
    published,
    pratica: {
      termDays: stored.termDays,
      silenzioAssenso: procedure?.silenzioAssenso ?? false,
      ...(procedure?.substitute ? { substitute: procedure.substitute.name } : {}),
      events: stored.events,
    },
    calendar: ente.patron ? { patron: ente.patron } : {},
  };
}

/** What the inbox stores of a clock reading: the due date while open, and an open suspension's latest end. */
export function clockColumns(d: Deadline): ClockColumns {
  return {
    dueDate: d.endedOn !== null ? null : d.dueDate,
    suspendedUntil: d.suspendedNow ? d.suspensionLatestEnd : null,
  };
}
