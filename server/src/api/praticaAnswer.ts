import { z } from '@hono/zod-openapi';
import type { Ente } from '../storage/EnteStore';
import type { StoredPratica } from '../storage/PraticaStore';

export const FilingAnswerSchema = z
  .object({
    pratica: z.object({
      code: z.string().openapi({ example: 'K7QM-4TZP', description: 'No 0/O, 1/I/L' }),
      ente: z.object({ id: z.string(), name: z.string() }),
      module: z.object({ id: z.string(), version: z.string() }),
      subject: z.string(),
      status: z.string(),
      protocol: z.object({
        number: z.number().int(),
        year: z.number().int(),
        date: z.string(),
        at: z.string(),
        aoo: z.string(),
        segnatura: z.string(),
      }),
      office: z.object({ id: z.string().optional(), name: z.string() }),
      responsible: z.object({ id: z.string().optional(), name: z.string(), title: z.string() }),
      deadline: z.string().openapi({ description: 'Date by which the procedure must conclude (YYYY-MM-DD)' }),
      termDays: z.number().int(),
      fees: z.unknown(),
      attachments: z.array(
        z.object({
          field: z.string(),
          name: z.string(),
          mediaType: z.string(),
          size: z.number(),
          sha256: z.string(),
        }),
      ),
      hash: z
        .string()
        .openapi({ description: 'SHA-256 of the canonical JSON (RFC 8785) of the filed document' }),
      registerHash: z.string().openapi({ description: "This filing's link in the register's hash chain" }),
      receiptUrl: z.string(),
      verifyUrl: z.string(),
    }),
  })
  .openapi('FilingAnswer');

export type FilingAnswer = z.infer<typeof FilingAnswerSchema>;

/** What a citizen gets back on filing (and on a retry with the same idempotency key). */
export function praticaAnswer(p: StoredPratica, ente: Ente): FilingAnswer {
  const a = p.assignment;
  return {
    pratica: {
      code: p.code,
      ente: { id: ente.id, name: ente.name },
      module: { id: p.moduleId, version: p.moduleVersion },
      subject: p.subject,
      status: p.status,
      protocol: p.protocol,
      office: { ...(a.officeId ? { id: a.officeId } : {}), name: a.officeName },
      responsible: {
        ...(a.responsibleId ? { id: a.responsibleId } : {}),
        name: a.responsibleName,
        title: a.responsibleTitle,
      },
      deadline: p.deadline,
      termDays: p.termDays,
      fees: p.fees,
      attachments: p.attachments.map((x) => ({
        field: x.fieldId,
        name: x.name,
        mediaType: x.mediaType,
        size: x.size,
        sha256: x.sha256,
      })),
      hash: p.documentSha256,
      registerHash: p.registerHash,
      receiptUrl: `/api/pratiche/${p.code}/receipt.pdf`,
      verifyUrl: `/api/verify/${p.code}?hash=${p.documentSha256}`,
    },
  };
}
