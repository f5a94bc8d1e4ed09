import type { DecidedFigures } from './BackofficeStore';

/** `ProcedureFigures.decided` from the decisions one by one (the raw queries, the tests' oracle). */
export function decidedOf(decisions: { days: number; withinTerm: boolean }[]): DecidedFigures {
  const days = decisions.map((d) => d.days).sort((a, b) => a - b);
  const mid = Math.floor(days.length / 2);
  return {
    count: days.length,
    totalDays: days.reduce((a, b) => a + b, 0),
    medianDays: days.length === 0 ? null : days.length % 2 ? days[mid]! : (days[mid - 1]! + days[mid]!) / 2,
    withinTerm: decisions.filter((d) => d.withinTerm).length,
  };
}
