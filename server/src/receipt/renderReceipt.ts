import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import { formatDateIt } from '@modulo/procedure';
import type { ReceiptContact, ReceiptData } from './ReceiptData';

// The npm package, not a system font, so a fresh clone renders the same receipt anywhere.
const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const REGULAR = join(fontDir, 'DejaVuSans.ttf');
const BOLD = join(fontDir, 'DejaVuSans-Bold.ttf');
const MONO = join(fontDir, 'DejaVuSansMono.ttf');

const euro = new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR' });
const romeTime = new Intl.DateTimeFormat('it-IT', {
  timeZone: 'Europe/Rome',
  hour: '2-digit',
  minute: '2-digit',
});
const romeDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' });

/** "2 dicembre 2026, ore 11:43" in Europe/Rome: the filing date is the protocol date. */
export function formatInstantIt(iso: string): string {
  const at = new Date(iso);
  return `${formatDateIt(romeDay.format(at))}, ore ${romeTime.format(at)}`;
}

function contactLine(c: ReceiptContact): string {
  return [
    c.address,
    c.email && `e-mail ${c.email}`,
    c.pec && `PEC ${c.pec}`,
    c.phone && `tel. ${c.phone}`,
    c.hours && `orari: ${c.hours}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

const bytes = (n: number) => (n < 1024 ? `${n} byte` : `${(n / 1024).toFixed(1).replace('.', ',')} KB`);

/**
 * The receipt of a filing (art. 18-bis L. 241/1990) that also serves as notice of start (art. 8):
 * a PDF 1.7 with PDF/A-2b metadata (XMP, sRGB output intent), embedded DejaVu fonts so accents
 * and € extract exactly. The data is rendered as given; nothing here decides the law.
 */
export function renderReceipt(data: ReceiptData): Promise<Buffer> {
  const registered = new Date(data.protocol.registeredAt);
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    font: REGULAR,
    pdfVersion: '1.7',
    subset: 'PDF/A-2b',
    lang: 'it-IT',
    displayTitle: true,
    tagged: false,
    info: {
      Title: `Ricevuta ${data.pratica.code} – ${data.module.title}`,
      Author: data.ente.name,
      Subject: `Protocollo n. ${data.protocol.number}/${data.protocol.year}`,
      Creator: 'Modulo',
      CreationDate: registered,
      ModDate: registered,
    },
  });
  doc.registerFont('regular', REGULAR);
  doc.registerFont('bold', BOLD);
  doc.registerFont('mono', MONO);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const heading = (text: string) => doc.moveDown(0.6).font('bold').fontSize(12).text(text).moveDown(0.2);
  const item = (label: string, value: string) =>
    doc.font('bold').fontSize(10).text(`${label}: `, { continued: true }).font('regular').text(value);
  const para = (text: string) => doc.font('regular').fontSize(10).text(text);
  const mono = (text: string) => doc.font('mono').fontSize(8.5).text(text);

  doc.font('bold').fontSize(16).text(data.ente.name);
  para(`Area Organizzativa Omogenea ${data.aoo.name ? `${data.aoo.name} ` : ''}(codice ${data.aoo.code})`);
  if (data.ente.ipa) para(`Codice IPA ${data.ente.ipa}`);
  doc.moveDown(0.8).font('bold').fontSize(14).text('Ricevuta di presentazione dell’istanza');
  para('Art. 18-bis e comunicazione di avvio del procedimento, art. 8 L. 241/1990.');

  heading('Protocollo');
  item('Numero di protocollo', `${String(data.protocol.number).padStart(7, '0')} del ${data.protocol.year}`);
  item('Data di presentazione (data di protocollo)', formatInstantIt(data.protocol.registeredAt));
  item('Segnatura', data.protocol.segnatura);
  item('Codice pratica', data.pratica.code);

  heading('Oggetto');
  item('Oggetto', `${data.module.title} (modulo ${data.module.id}, versione ${data.module.version})`);
  item(
    'Richiedente',
    [
      data.applicant.name,
      data.applicant.fiscalCode && `C.F. ${data.applicant.fiscalCode}`,
      data.applicant.email,
    ]
      .filter(Boolean)
      .join(', '),
  );

  heading('Chi se ne occupa');
  item('Ufficio competente', data.office.name);
  const office = contactLine(data.office);
  if (office) para(office);
  item(
    'Responsabile del procedimento',
    `${data.responsible.name}${data.responsible.role ? `, ${data.responsible.role}` : ''}`,
  );
  const responsible = contactLine(data.responsible);
  if (responsible) para(responsible);

  heading('Termine');
  item(
    'Il procedimento deve concludersi entro il',
    `${formatDateIt(data.deadline)} (${data.termDays} giorni dalla presentazione, salvo sospensioni previste dalla legge)`,
  );
  item(
    'Silenzio-assenso',
    data.silenzioAssenso
      ? 'sì: senza una risposta entro il termine la domanda si intende accolta (art. 20 L. 241/1990)'
      : 'no',
  );

  heading('Se il termine non è rispettato');
  item(
    'Titolare del potere sostitutivo',
    `${data.substitute.name}${data.substitute.role ? `, ${data.substitute.role}` : ''}`,
  );
  const substitute = contactLine(data.substitute);
  if (substitute) para(substitute);
  para(
    'Scaduto il termine puoi rivolgerti al titolare del potere sostitutivo, che deve concludere entro ' +
      `metà del termine, cioè ${Math.ceil(data.termDays / 2)} giorni (art. 2 c. 9-bis L. 241/1990).`,
  );
  item('Tutela', data.remedies);

  heading('Come seguire la pratica');
  item('Online', data.followUrl);
  item(
    'Di persona',
    [data.office.name, data.office.address, data.office.hours && `orari: ${data.office.hours}`]
      .filter(Boolean)
      .join(', '),
  );

  heading('Costi');
  if (data.fees.length === 0) para('Nessun costo.');
  for (const f of data.fees) {
    const how = f.method === 'bollo' ? 'marca da bollo' : 'pagoPA';
    item(
      f.label,
      `${euro.format(f.amountCents / 100)} (${how}, ${f.status === 'paid' ? 'pagato' : 'da pagare'})`,
    );
  }
  if (data.fees.length > 1) {
    item('Totale', euro.format(data.fees.reduce((s, f) => s + f.amountCents, 0) / 100));
  }

  heading('Allegati');
  if (data.attachments.length === 0) para('Nessun allegato.');
  for (const a of data.attachments) {
    item(a.name, `${a.type}, ${bytes(a.size)}`);
    mono(`SHA-256 ${a.sha256}`);
  }

  heading('Verifica');
  para(
    'Impronta SHA-256 della domanda (JSON canonico, RFC 8785), registrata nella catena del registro di protocollo:',
  );
  mono(data.documentSha256);
  item('Verifica la ricevuta', 'con il codice pratica e questa impronta, all’indirizzo');
  // Mono and small, so a long URL breaks as seldom as possible; a link annotation keeps it whole.
  doc.font('mono').fontSize(7.5).text(data.verifyUrl, { link: data.verifyUrl });

  doc.end();
  return done;
}
