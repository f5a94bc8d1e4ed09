import type { Timeline } from '@modulo/procedure';
import type { PraticaDetail, PraticaDocument } from './ModuloApi';

/** What `GET /api/me/pratiche/{code}` answers: the filing's pratica and where it stands now. */
export interface MyPraticaAnswer {
  pratica: {
    code: string;
    subject?: string;
    module?: { title?: string };
    protocol?: { number: number | string; date: string };
    office?: { name: string };
    receiptUrl?: string;
  };
  progress?: {
    timeline: Timeline;
    suspendedUntil?: string | null;
    integrationPending?: boolean;
    observationsOpen?: boolean;
    canRequestSubstitute?: boolean;
    documents?: PraticaDocument[];
  };
}

/** The personal area's pratica from the server's answer (an answer without progress has no timeline). */
export function praticaDetailOf(answer: MyPraticaAnswer): PraticaDetail {
  const { pratica: p, progress } = answer;
  if (!progress) throw new Error(`The server sent no progress for pratica ${p.code}.`);
  return {
    code: p.code,
    title: p.subject ?? p.module?.title ?? p.code,
    ...(p.protocol ? { protocol: { number: p.protocol.number, date: p.protocol.date } } : {}),
    ...(p.office ? { office: { name: p.office.name } } : {}),
    ...(p.receiptUrl ? { receiptUrl: p.receiptUrl } : {}),
    timeline: progress.timeline,
    suspendedUntil: progress.suspendedUntil ?? null,
    integrationPending: progress.integrationPending === true,
    observationsOpen: progress.observationsOpen === true,
    canRequestSubstitute: progress.canRequestSubstitute === true,
    documents: progress.documents ?? [],
  };
}
