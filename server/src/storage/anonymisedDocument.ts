/**
 * What replaces a pratica's document once its personal data are anonymised: no answers, the
 * instant, and the SHA-256 the register and the receipt keep (docs/decisions/2026-12-02-retention.md).
 */
export function anonymisedDocument(at: string, documentSha256: string): string {
  return JSON.stringify({ anonymised: { at, documentSha256 }, answers: {} });
}

/** What replaces the body of a message of an anonymised pratica. */
export const ANONYMISED_TEXT = '[dati personali anonimizzati]';

/**
 * The verifiers' document check: a document hashes to its stored SHA-256, or, once anonymised,
 * is exactly the anonymised document naming that SHA-256 (so editing it is still caught).
 */
export function documentMatches(
  document: string,
  documentSha256: string,
  anonymisedAt: string | null | undefined,
  sha256Hex: (text: string) => string,
): boolean {
  if (anonymisedAt) return document === anonymisedDocument(anonymisedAt, documentSha256);
  return sha256Hex(document) === documentSha256;
}
