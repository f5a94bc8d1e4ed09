import { isPraticaCode } from '../register/praticaCode';
import type { Store } from '../storage/Store';
import type { VerifyOutcome } from './VerifyOutcome';

/** Normalises what a person types: case and spaces do not matter in a code or a hash. */
export const normaliseCode = (code: string) => code.trim().toUpperCase();
export const normaliseHash = (hash: string) => hash.trim().toLowerCase();

/**
 * The one receipt check, behind `/api/verify/{code}` and the `/verifica` page: the pratica
 * exists, its stored document has this SHA-256, and its AOO's hash chain verifies up to its
 * link. The pratica's protocol data are told only when the hash matches: a code alone proves
 * nothing. Personal data never leave.
 */
export async function verifyReceipt(store: Store, code: string, hash: string): Promise<VerifyOutcome> {
  const wanted = normaliseCode(code);
  const p = isPraticaCode(wanted) ? await store.pratiche.get(wanted) : undefined;
  if (!p) return { status: 'not_found' };
  if (normaliseHash(hash) !== p.documentSha256) return { status: 'hash_mismatch' };
  const ente = await store.entes.get(p.enteId);
  const pratica = {
    code: p.code,
    enteName: ente?.name ?? p.enteId,
    segnatura: p.protocol.segnatura,
    protocolDate: p.protocol.date,
    subject: p.subject,
  };
  const chain = await store.pratiche.verifyChain({ upTo: p.code });
  if (!chain.ok) return { status: 'chain_broken', pratica, brokenAt: chain.brokenAt.seq };
  return { status: 'verified', pratica, linksChecked: chain.entries };
}
