import type {
  MonitoringReport,
  PraticaDetail,
  ProcedureIndicators,
  RatingComment,
  RatingsQuery,
  RatingsReport,
} from './BackofficeApi';

const ENDED = /^ended_/;

/**
 * The indicators of a set of pratiche as the server computes them (`indicatorsOf`), roughly: the
 * memory api's monitoring, for stories and tests. Days to conclude count from the protocol date
 * to the last timeline entry; applicants are distinct submitters.
 */
export function indicatorsOfPratiche(pratiche: PraticaDetail[], asOf: string): MonitoringReport {
  const byModule = new Map<string, PraticaDetail[]>();
  for (const p of pratiche) byModule.set(p.module.id, [...(byModule.get(p.module.id) ?? []), p]);
  const procedures: ProcedureIndicators[] = [...byModule].map(([moduleId, ps]) => {
    const ended = ps.filter((p) => ENDED.test(p.status));
    const days = ended
      .map((p) => {
        const last = p.timeline.entries.at(-1)?.date ?? p.protocol.date;
        return Math.round((Date.parse(last.slice(0, 10)) - Date.parse(p.protocol.date)) / 86_400_000);
      })
      .sort((a, b) => a - b);
    const mid = Math.floor(days.length / 2);
    const perMonth: Record<string, number> = {};
    for (const p of ps)
      perMonth[p.protocol.date.slice(0, 7)] = (perMonth[p.protocol.date.slice(0, 7)] ?? 0) + 1;
    return {
      moduleId,
      title: ps[0]!.module.title ?? moduleId,
      submissions: ps.length,
      applicants: new Set(ps.map((p) => p.submitter)).size,
      concluded: ended.length,
      silenzioAssenso: 0,
      openOverdue: ps.filter((p) => !ENDED.test(p.status) && p.overdue).length,
      suspended: ps.filter((p) => p.suspendedUntil !== undefined).length,
      meanDaysToConclude: days.length
        ? Math.round((10 * days.reduce((a, b) => a + b, 0)) / days.length) / 10
        : null,
      medianDaysToConclude:
        days.length === 0 ? null : days.length % 2 ? days[mid]! : (days[mid - 1]! + days[mid]!) / 2,
      shareConcludedWithinTerm: ended.length
        ? ended.filter((p) => (p.timeline.entries.at(-1)?.date ?? '') <= p.deadline).length / ended.length
        : null,
      submissionsPerMonth: perMonth,
    };
  });
  return { ente: pratiche[0]?.ente.id ?? 'ente', asOf, procedures };
}

const COMMENTS: [string, string, number, string, string][] = [
  ['accesso-atti', 'Accesso agli atti', 5, 'clear-instructions', 'Tutto chiaro, ho finito in dieci minuti.'],
  [
    'passo-carrabile',
    'Passo carrabile',
    2,
    'unclear-questions',
    'Non capivo che cosa fosse la larghezza utile.',
  ],
  [
    'segnalazione-disservizio',
    'Segnalazione di disservizio',
    4,
    'no-technical-problems',
    'Comodo dal telefono.',
  ],
  ['accesso-atti', 'Accesso agli atti', 1, 'technical-problems', 'Il caricamento del documento si bloccava.'],
  ['passo-carrabile', 'Passo carrabile', 3, 'incomplete-instructions', 'Mancava l’elenco degli allegati.'],
  ['accesso-atti', 'Accesso agli atti', 5, 'complete-instructions', 'Ottimo servizio.'],
  ['segnalazione-disservizio', 'Segnalazione di disservizio', 4, 'clear-questions', 'Domande semplici.'],
];

/**
 * Ratings with follow-up answers and comments, newest first, as the server's ratings endpoint
 * answers (its contract): for stories, component tests and the memory api.
 */
export function sampleRatings(count = 12): RatingComment[] {
  return Array.from({ length: count }, (_, i) => {
    const [module, moduleTitle, rating, followUp, comment] = COMMENTS[i % COMMENTS.length]!;
    const day = String(28 - i).padStart(2, '0');
    return {
      id: `r${count - i}`,
      module,
      moduleTitle,
      rating,
      followUp,
      comment,
      filedAt: `2026-11-${String(Math.max(1, 20 - i)).padStart(2, '0')}`,
      ratedAt: `2026-11-${day}T10:00:00.000Z`,
    };
  });
}

const HIGH = new Set([
  'clear-instructions',
  'complete-instructions',
  'clear-questions',
  'no-technical-problems',
  'other-strength',
]);

/** One page of `ratings` as the endpoint answers it: distribution and follow-ups over all, comments paged. */
export function ratingsPage(ratings: RatingComment[], query: RatingsQuery = {}, pageSize = 5): RatingsReport {
  const mine = ratings.filter((r) => !query.module || r.module === query.module);
  const distribution = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
  const followUps = new Map<string, number>();
  for (const r of mine) {
    distribution[String(r.rating) as keyof typeof distribution] += 1;
    followUps.set(r.followUp, (followUps.get(r.followUp) ?? 0) + 1);
  }
  const start = query.cursor ? Number(query.cursor) : 0;
  const comments = mine.filter((r) => r.comment).slice(start, start + pageSize);
  const next = start + pageSize;
  return {
    distribution,
    followUps: [...followUps].map(([answer, count]) => ({
      question: HIGH.has(answer) ? ('high' as const) : ('low' as const),
      answer,
      count,
    })),
    comments,
    nextCursor: next < mine.filter((r) => r.comment).length ? String(next) : null,
  };
}
