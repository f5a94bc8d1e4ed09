/** What the register says about a pratica the holder of a receipt names. */
export interface VerifiedPratica {
  code: string;
  enteName: string;
  segnatura: string;
  /** The protocol date, `YYYY-MM-DD` (Europe/Rome): the filing date. */
  protocolDate: string;
  subject: string;
}

/**
 * The answer to "is this receipt genuine?": the pratica exists with exactly this hash, and every
 * link of its AOO's hash chain, from the first entry up to it, recomputes.
 */
export type VerifyOutcome =
  | { status: 'verified'; pratica: VerifiedPratica; linksChecked: number }
  | { status: 'not_found' }
  // Without the right hash, nothing about the pratica is told: a code alone proves nothing.
  | { status: 'hash_mismatch' }
  | { status: 'chain_broken'; pratica: VerifiedPratica; brokenAt: number };
