import type { Module } from '@modulo/form-model';

/** A module's retention with the defaults filled in: drafts a year, personal data kept. */
export interface RetentionRule {
  draftYears: number;
  anonymiseAfterYears: number | null;
}

/** The retention a module sets (`procedure.retention`), or the defaults; never under a year for drafts. */
export function retentionOf(module: Module | undefined): RetentionRule {
  const r = module?.procedure.retention;
  return {
    draftYears: Math.max(1, r?.draftYears ?? 1),
    anonymiseAfterYears: r?.anonymiseAfterYears ?? null,
  };
}

/** The instant `years` full years before `now` (29 February goes back to 28 February). */
export function yearsBefore(now: Date, years: number): string {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(now.getUTCFullYear() - years);
  if (cutoff.getUTCMonth() !== now.getUTCMonth()) cutoff.setUTCDate(0);
  return cutoff.toISOString();
}
