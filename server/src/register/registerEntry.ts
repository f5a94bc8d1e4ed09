import { canonicalJson } from './canonicalJson';

/** What a register entry fixes about a pratica: a later change to any of it breaks the chain. */
export interface RegisterEntryInput {
  aoo: string;
  seq: number;
  code: string;
  enteId: string;
  protocol: { year: number; number: number; at: string; date: string };
  moduleId: string;
  moduleVersion: string;
  submitter: string;
  subject: string;
  documentSha256: string;
  attachments: { fieldId: string; sha256: string; size: number }[];
}

/** The canonical JSON of one register entry (RFC 8785), the text the chain hashes. */
export function registerEntry(e: RegisterEntryInput): string {
  return canonicalJson({
    aoo: e.aoo,
    seq: e.seq,
    code: e.code,
    ente: e.enteId,
    protocol: e.protocol,
    module: { id: e.moduleId, version: e.moduleVersion },
    submitter: e.submitter,
    subject: e.subject,
    document: e.documentSha256,
    attachments: e.attachments.map((a) => ({ field: a.fieldId, sha256: a.sha256, size: a.size })),
  });
}
