/** A place or person a citizen can reach: every field optional but the name. */
export interface ReceiptContact {
  name: string;
  /** Role of an official, e.g. "Responsabile Servizi demografici". */
  role?: string;
  address?: string;
  hours?: string;
  email?: string;
  pec?: string;
  phone?: string;
}

/** One fee line of the receipt, in euro cents. */
export interface ReceiptFee {
  label: string;
  amountCents: number;
  method: 'pagopa' | 'bollo';
  /** Paid at filing, or still to pay (with how). */
  status: 'paid' | 'due';
}

/** One filed attachment, as stored: name and size from the upload, SHA-256 of its bytes. */
export interface ReceiptAttachment {
  name: string;
  size: number;
  type: string;
  sha256: string;
}

/**
 * Everything the receipt of a filing states (L. 241/1990 art. 8 and 18-bis, DOMAIN.md): plain
 * values, already localised, so the PDF renderer decides nothing about the law.
 */
export interface ReceiptData {
  /** The competent administration (the ente: Comune or Unione) and its AOO. */
  ente: { name: string; ipa?: string };
  aoo: { code: string; name?: string };
  protocol: {
    number: number;
    year: number;
    /** ISO instant of the protocol registration: the filing date (art. 18-bis). */
    registeredAt: string;
    /** The protocol stamp, e.g. "c_h199|AOO_RAV|2026|0000042|2026-12-02". */
    segnatura: string;
  };
  pratica: { code: string };
  /** Subject: the module title and the exact version it was filed against. */
  module: { id: string; title: string; version: string };
  applicant: { name: string; fiscalCode?: string; email?: string };
  office: ReceiptContact;
  responsible: ReceiptContact;
  substitute: ReceiptContact;
  /** Term in days and the date (YYYY-MM-DD, Europe/Rome) by which the procedure must conclude. */
  termDays: number;
  deadline: string;
  silenzioAssenso: boolean;
  /** The module's remedies text (ricorso al TAR...), in Italian. */
  remedies: string;
  fees: ReceiptFee[];
  attachments: ReceiptAttachment[];
  /** SHA-256 (hex) of the canonical JSON (RFC 8785) of the filed submission. */
  documentSha256: string;
  /** Where the citizen follows the pratica online. */
  followUrl: string;
  /** Where anyone holding this receipt checks it (pratica code + hash). */
  verifyUrl: string;
}
