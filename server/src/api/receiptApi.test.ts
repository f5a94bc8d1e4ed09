import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getLibraryModule, libraryModules, librarySample } from '@modulo/form-library';
import { localize } from '@modulo/form-model';
import { formatDateIt } from '@modulo/procedure';
import { seedDemo } from '../seed/seedDemo';
import { testApp, testCitizen } from '../testing/testApp';

const t = testApp(new Date('2026-03-02T10:00:00Z'));
await seedDemo(t.store, libraryModules(), t.clock.now);
const module = getLibraryModule('segnalazione-disservizio')!;
const { foto: _foto, ...answers } = librarySample(module.id);
const anna = {
  citizen: testCitizen(String(answers.codiceFiscale), {
    givenName: String(answers.nome),
    familyName: String(answers.cognome),
  }),
};
const filed = await t.json(
  'POST',
  `/api/entes/montebello/modules/${module.id}/submissions`,
  { version: module.version, answers },
  anna,
);
if (filed.status !== 201) throw new Error(await filed.text());
const { pratica } = (await filed.json()) as {
  pratica: {
    code: string;
    hash: string;
    deadline: string;
    receiptUrl: string;
    protocol: { segnatura: string };
  };
};
const ente = (await t.store.entes.get('montebello'))!;

function pdfText(pdf: ArrayBuffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'receipt-')), 'r.pdf');
  writeFileSync(file, Buffer.from(pdf));
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
}

// A receipt takes ~30 ms alone, seconds on a loaded 2-core machine.
describe('GET /api/pratiche/:code/receipt.pdf', { timeout: 30_000 }, () => {
  it('gives the citizen who filed a PDF with the pratica as registered', async () => {
    const res = await t.request(pratica.receiptUrl, {}, anna);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(`inline; filename="ricevuta-${pratica.code}.pdf"`);
    // The embed's link on another site asks for a download.
    const download = await t.request(`${pratica.receiptUrl}?download`, {}, anna);
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="ricevuta-${pratica.code}.pdf"`,
    );
    const text = pdfText(await res.arrayBuffer());
    const p = module.procedure;
    for (const expected of [
      ente.name,
      ente.aoo.code,
      `Segnatura: ${pratica.protocol.segnatura}`,
      `Codice pratica: ${pratica.code}`,
      `${localize(module.title)} (modulo ${module.id}, versione ${module.version})`,
      `Richiedente: ${answers.nome} ${answers.cognome}, C.F. ${answers.codiceFiscale}`,
      'Data di presentazione (data di protocollo): 2 marzo 2026, ore 11:00',
      `Responsabile del procedimento: ${p.responsible.name}`,
      `Il procedimento deve concludersi entro il: ${formatDateIt(pratica.deadline)}`,
      `Titolare del potere sostitutivo: ${p.substitute.name}`,
      pratica.hash,
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(text.replace(/ /g, '')).toContain(`/verifica?code=${pratica.code}&hash=${pratica.hash}`);
  });

  it('serves staff of the ente, and nobody else', async () => {
    const staff = {
      staff: {
        id: 'x',
        enteId: 'montebello',
        name: 'X',
        roles: ['operator'],
        offices: [],
        method: 'password' as const,
      },
    };
    expect((await t.request(pratica.receiptUrl, {}, staff)).status).toBe(200);
    const anon = await t.request(pratica.receiptUrl);
    expect(anon.status).toBe(401);
    const bruno = { citizen: testCitizen('BNCLRD85T10A944S') };
    const foreign = { staff: { ...staff.staff, enteId: 'roccafiorita' } };
    for (const as of [bruno, foreign]) {
      const res = await t.request(pratica.receiptUrl, {}, as);
      expect(res.status).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('pratica_not_found');
    }
    expect((await t.request('/api/pratiche/KKKK-KKKK/receipt.pdf', {}, anna)).status).toBe(404);
  });
});
