import type { Store } from '../storage/Store';
import type { VerifyOutcome } from './VerifyOutcome';

/**
 * Checks a receipt: the pratica with this code exists, its stored document has this SHA-256,
 * and its AOO's hash chain recomputes from the first link up to this pratica's (server-core's
 * `verifyChain`, which also re-hashes each document and checks protocol numbers have no gap).
 */
export async function verifyReceipt(store: Store, code: string, hash: string): Promise<VerifyOutcome> {
  const p = await store.pratiche.get(code);
  if (!p) return { status: 'not_found' };
  if (p.documentSha256 !== hash.toLowerCase()) return { status: 'hash_mismatch' };
  const ente = await store.entes.get(p.enteId);
  const pratica = {
    code: p.code,
    enteName: ente?.name ?? p.enteId,
    segnatura: p.protocol.segnatura,
    protocolAt: p.protocol.at,
    subject: p.subject,
  };
  const chain = await store.pratiche.verifyChain({ upTo: p.code });
  if (!chain.ok) return { status: 'chain_broken', pratica, brokenAt: chain.brokenAt.seq };
  return { status: 'verified', pratica, linksChecked: chain.entries };
}
