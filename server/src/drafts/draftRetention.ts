/**
 * How long a citizen's draft is kept after its last save: at least one year (DOMAIN.md, the
 * Designers Italia service flow). A draft saved on 29 February is kept until 1 March.
 */
export function draftExpiresAt(updatedAt: string): string {
  const at = new Date(updatedAt);
  const expires = new Date(at);
  expires.setUTCFullYear(at.getUTCFullYear() + 1);
  // setUTCFullYear rolls 29 Feb over to 1 Mar in a common year: never shorter than a year.
  return expires.toISOString();
}

/** The last-save instant before which a draft has been kept a full year, as of `now`. */
export function draftPurgeCutoff(now: Date): string {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(now.getUTCFullYear() - 1);
  if (cutoff.getUTCMonth() !== now.getUTCMonth()) cutoff.setUTCDate(0); // 29 Feb → 28 Feb, not 1 Mar
  return cutoff.toISOString();
}
