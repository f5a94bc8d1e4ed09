import { z } from '@hono/zod-openapi';
import { ApiError } from '../errors';
import type { Store } from '../storage/Store';
import { isPraticaCode } from './praticaCode';

export const VerificationSchema = z
  .object({
    code: z.string(),
    valid: z
      .boolean()
      .openapi({ description: 'Hash given and equal, and the chain up to this pratica verified' }),
    hashMatches: z.boolean().nullable().openapi({ description: 'null when no hash was given' }),
    chain: z.object({
      ok: z.boolean(),
      entries: z.number().int(),
      brokenAt: z
        .object({ aoo: z.string(), seq: z.number(), praticaCode: z.string(), reason: z.string() })
        .optional(),
    }),
    ente: z.object({ id: z.string(), name: z.string() }),
    subject: z.string(),
    protocol: z.object({ number: z.number(), year: z.number(), date: z.string(), segnatura: z.string() }),
    registerHash: z.string(),
  })
  .openapi('Verification');

export type Verification = z.infer<typeof VerificationSchema>;

/**
 * Verifies one pratica for whoever holds its receipt: that it exists, that the document hash
 * on the receipt is the stored one, and that the register's chain verifies from its first
 * link up to this pratica's. Personal data stays out of the answer.
 */
export async function verifyPratica(store: Store, code: string, hash?: string): Promise<Verification> {
  const normalized = code.trim().toUpperCase();
  const pratica = isPraticaCode(normalized) ? await store.pratiche.get(normalized) : undefined;
  if (!pratica)
    throw new ApiError(
      'pratica_not_found',
      `Nessuna pratica con codice "${code}".`,
      `No pratica with code "${code}".`,
    );
  const ente = await store.entes.get(pratica.enteId);
  const chain = await store.pratiche.verifyChain({ upTo: pratica.code });
  const hashMatches = hash === undefined ? null : hash.trim().toLowerCase() === pratica.documentSha256;
  return {
    code: pratica.code,
    valid: hashMatches === true && chain.ok,
    hashMatches,
    chain,
    ente: { id: pratica.enteId, name: ente?.name ?? pratica.enteId },
    subject: pratica.subject,
    protocol: {
      number: pratica.protocol.number,
      year: pratica.protocol.year,
      date: pratica.protocol.date,
      segnatura: pratica.protocol.segnatura,
    },
    registerHash: pratica.registerHash,
  };
}
