import { ApiError } from '../errors';
import { verifyPratica } from '../register/verifyPratica';
import type { Store } from '../storage/Store';
import type { VerifyOutcome } from './VerifyOutcome';

/** Normalises what a person types: case and spaces do not matter in a code or a hash. */
export const normaliseCode = (code: string) => code.trim().toUpperCase();
export const normaliseHash = (hash: string) => hash.trim().toLowerCase();

/**
 * The outcome of a receipt check for the `/verifica` page, on server-core's `verifyPratica`
 * (the pratica exists, its stored document has this SHA-256, its AOO's chain recomputes up to
 * it). The page tells the pratica's protocol data only when the hash matches.
 */
export async function verifyReceipt(store: Store, code: string, hash: string): Promise<VerifyOutcome> {
  let v;
  try {
    v = await verifyPratica(store, code, hash);
  } catch (e) {
    if (e instanceof ApiError && e.code === 'pratica_not_found') return { status: 'not_found' };
    throw e;
  }
  if (!v.hashMatches) return { status: 'hash_mismatch' };
  const pratica = {
    code: v.code,
    enteName: v.ente.name,
    segnatura: v.protocol.segnatura,
    protocolDate: v.protocol.date,
    subject: v.subject,
  };
  if (!v.chain.ok) return { status: 'chain_broken', pratica, brokenAt: v.chain.brokenAt?.seq ?? 0 };
  return { status: 'verified', pratica, linksChecked: v.chain.entries };
}
