import type { Calendar, Deadline, Pratica, PraticaEvent } from '@modulo/procedure';
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
export async function praticaContext(
  store: Store,
  stored: StoredPratica,
  cache?: Map<string, Promise<unknown>>,
): Promise<PraticaContext> {
  // A page of the inbox shares its ente and a few module versions: read each once.
  const once = <T>(key: string, read: () => Promise<T>): Promise<T> => {
    if (!cache) return read();
    if (!cache.has(key)) cache.set(key, read());
    return cache.get(key) as Promise<T>;
  };
  const ente = await once(`ente:${stored.enteId}`, () => store.entes.get(stored.enteId));
  if (!ente) throw new Error(`No ente ${stored.enteId}`);
  const published = await once(`module:${stored.enteId}:${stored.moduleId}@${stored.moduleVersion}`, () =>
    store.modules.version(stored.enteId, stored.moduleId, stored.moduleVersion),
  );
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

/** The procedure's rules for a pratica of the inbox: read once per page for its ente and versions. */
export async function rulesOf(
  store: Store,
  row: {
    enteId: string;
    moduleId: string;
    moduleVersion: string;
    termDays: number;
    submitter: string;
    protocol: { at: string };
    events: PraticaEvent[];
  },
  cache: Map<string, Promise<unknown>>,
): Promise<{ pratica: Pratica; calendar: Calendar }> {
  const once = <T>(key: string, read: () => Promise<T>): Promise<T> => {
    if (!cache.has(key)) cache.set(key, read());
    return cache.get(key) as Promise<T>;
  };
  const ente = await once(`ente:${row.enteId}`, () => store.entes.get(row.enteId));
  const published = await once(`module:${row.enteId}:${row.moduleId}@${row.moduleVersion}`, () =>
    store.modules.version(row.enteId, row.moduleId, row.moduleVersion),
  );
  const procedure = published?.module.procedure;
  return {
    pratica: {
      termDays: row.termDays,
      silenzioAssenso: procedure?.silenzioAssenso ?? false,
      ...(procedure?.substitute ? { substitute: procedure.substitute.name } : {}),
      events: [{ type: 'presented', at: row.protocol.at, by: row.submitter }, ...row.events],
    },
    calendar: ente?.patron ? { patron: ente.patron } : {},
  };
}

/** What the inbox stores of a clock reading: the due date while open, and an open suspension's latest end. */
export function clockColumns(d: Deadline): ClockColumns {
  return {
    dueDate: d.endedOn !== null ? null : d.dueDate,
    suspendedUntil: d.suspendedNow ? d.suspensionLatestEnd : null,
  };
}
