import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReceiptData } from './ReceiptData';
import { renderReceipt } from './renderReceipt';

const data: ReceiptData = {
  ente: { name: 'Comune di Bagnacavallo', ipa: 'c_a547' },
  aoo: { code: 'AOO_BAG', name: 'Protocollo generale' },
  protocol: {
    number: 42,
    year: 2026,
    registeredAt: '2026-12-02T10:43:00Z',
    segnatura: 'c_a547|AOO_BAG|2026|0000042|2026-12-02',
  },
  pratica: { code: 'K7QX-M4PR' },
  module: { id: 'iscrizione-mensa', title: 'Iscrizione alla mensa scolastica', version: '1.2.0' },
  applicant: { name: 'Niccolò Fabbri', fiscalCode: 'FBBNCL80A01H199Z', email: 'niccolo@example.it' },
  office: {
    name: 'Ufficio Scuola e Università',
    address: 'Piazza della Libertà 12, Bagnacavallo',
    hours: 'lunedì e giovedì 9-12',
    email: 'scuola@comune.example.it',
    phone: '0545 280 000',
  },
  responsible: {
    name: 'Lucia Bertè',
    role: 'Responsabile Servizi educativi',
    email: 'berte@comune.example.it',
  },
  substitute: { name: 'Giorgio Zaccà', role: 'Segretario generale', pec: 'segretario@pec.comune.example.it' },
  termDays: 30,
  deadline: '2027-01-08',
  silenzioAssenso: true,
  remedies:
    'Ricorso al TAR Emilia-Romagna entro 60 giorni, o ricorso straordinario al Presidente della Repubblica.',
  fees: [
    { label: 'Quota di iscrizione', amountCents: 2550, method: 'pagopa', status: 'due' },
    { label: 'Imposta di bollo', amountCents: 1600, method: 'bollo', status: 'paid' },
  ],
  attachments: [
    {
      name: 'certificato-medico.pdf',
      size: 20480,
      type: 'application/pdf',
      sha256: 'a'.repeat(64),
    },
  ],
  documentSha256: '3f'.repeat(32),
  followUrl: 'https://modulo.example.it/pratiche/K7QX-M4PR',
  verifyUrl: 'https://modulo.example.it/verifica?code=K7QX-M4PR&hash=' + '3f'.repeat(32),
};

function pdfTool(tool: string, pdf: Buffer, ...args: string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'receipt-')), 'r.pdf');
  writeFileSync(file, pdf);
  return execFileSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8' });
}

describe('renderReceipt', { timeout: 30_000 }, () => {
  it('states every art. 8 / 18-bis item, with accents and € extracted exactly', async () => {
    const pdf = await renderReceipt(data);
    expect(pdf.subarray(0, 8).toString()).toBe('%PDF-1.7');
    // -raw keeps the text in drawing order; collapse the wrapping of long lines.
    const text = pdfTool('pdftotext', pdf, '-raw', '-enc', 'UTF-8').replace(/\s+/g, ' ');
    for (const expected of [
      'Comune di Bagnacavallo',
      'AOO_BAG',
      'Numero di protocollo: 0000042 del 2026',
      'Data di presentazione (data di protocollo): 2 dicembre 2026, ore 11:43',
      'Segnatura: c_a547|AOO_BAG|2026|0000042|2026-12-02',
      'Codice pratica: K7QX-M4PR',
      'Iscrizione alla mensa scolastica (modulo iscrizione-mensa, versione 1.2.0)',
      'Richiedente: Niccolò Fabbri, C.F. FBBNCL80A01H199Z',
      'Ufficio competente: Ufficio Scuola e Università',
      'Responsabile del procedimento: Lucia Bertè, Responsabile Servizi educativi',
      'berte@comune.example.it',
      'Il procedimento deve concludersi entro il: 8 gennaio 2027',
      'Silenzio-assenso: sì',
      'Titolare del potere sostitutivo: Giorgio Zaccà, Segretario generale',
      'segretario@pec.comune.example.it',
      'entro metà del termine, cioè 15 giorni',
      'Ricorso al TAR Emilia-Romagna',
      'Online: https://modulo.example.it/pratiche/K7QX-M4PR',
      'Di persona: Ufficio Scuola e Università, Piazza della Libertà 12, Bagnacavallo, orari: lunedì e giovedì 9-12',
      'Quota di iscrizione: 25,50 € (pagoPA, da pagare)',
      'Imposta di bollo: 16,00 € (marca da bollo, pagato)',
      'Totale: 41,50 €',
      'certificato-medico.pdf: application/pdf, 20,0 KB',
      `SHA-256 ${'a'.repeat(64)}`,
      '3f'.repeat(32),
      'Verifica la ricevuta: con il codice pratica e questa impronta',
    ]) {
      expect(text, expected).toContain(expected);
    }
    // A URL may wrap at a hyphen: compare it without the line breaks.
    expect(text.replace(/ /g, '')).toContain(data.verifyUrl);
  });

  it('embeds its fonts and carries PDF/A-2b metadata', async () => {
    const pdf = await renderReceipt(data);
    const fonts = pdfTool('pdffonts', pdf);
    const rows = fonts.split('\n').slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThan(0);
    // Columns: name type encoding emb sub uni; every font embedded and subset.
    for (const row of rows) expect(row, row).toMatch(/DejaVu\S* +\S+.*\byes +yes +yes/);
    const raw = pdf.toString('latin1');
    expect(raw).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(raw).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(raw).toContain('/OutputIntents');
    expect(pdfTool('pdfinfo', pdf)).toMatch(/Title: +Ricevuta K7QX-M4PR – Iscrizione alla mensa scolastica/);
    expect(pdfTool('qpdf', pdf, '--check')).toContain('No syntax or stream encoding errors');
  });

  it('says "none" when there are no fees or attachments, and "no" silenzio-assenso', async () => {
    const pdf = await renderReceipt({ ...data, fees: [], attachments: [], silenzioAssenso: false });
    const text = pdfTool('pdftotext', pdf, '-raw', '-enc', 'UTF-8').replace(/\s+/g, ' ');
    expect(text).toContain('Nessun costo.');
    expect(text).toContain('Nessun allegato.');
    expect(text).toContain('Silenzio-assenso: no');
  });
});
