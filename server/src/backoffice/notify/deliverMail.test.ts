import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getLibraryModule } from '@modulo/form-library';
import { citizenKey } from '../../auth/identity';
import { suiteFiling } from '../../storage/storeSuite';
import { MARIO } from '../../testing/authFixture';
import { runBackofficeClock } from '../runBackofficeClock';
import { backofficeFixture, PDF } from '../backofficeFixture';
import { deliverMail } from './deliverMail';
import { smtpMailer } from './mailer';
import { startSmtpSink } from './startSmtpSink';

let f: Awaited<ReturnType<typeof backofficeFixture>>;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
beforeAll(async () => {
  [f, smtp] = await Promise.all([backofficeFixture(), startSmtpSink()]);
}, 120_000);
afterAll(async () => {
  smtp?.stop();
  await f?.store.close();
});

describe('deliverMail against a real SMTP server process (aiosmtpd)', () => {
  it('tells the responsible of a new pratica and the citizen of every change, in Italian, plain and HTML', async () => {
    // Tina, the named responsible, has an e-mail; Mario gave his in the form (the fixture's document).
    const ente = (await f.store.entes.get('borgo'))!;
    await f.store.entes.put({
      ...ente,
      staff: ente.staff.map((s) => (s.id === 'tina' ? { ...s, email: 'tina@borgo.example.it' } : s)),
    });
    const { pratica } = await (async () => {
      const r = await f.store.pratiche.file({
        ...suiteFiling({
          enteId: 'borgo',
          document: JSON.stringify({ answers: { email: 'mario.rossi@example.it' } }),
          at: new Date('2026-03-03T09:00:00Z'),
          assignment: {
            officeId: 'urp',
            officeName: 'URP',
            responsibleId: 'tina',
            responsibleName: 'Tina',
            responsibleTitle: 'Responsabile',
          },
        }),
      });
      if (!r.ok) throw new Error(r.code);
      return r;
    })();
    const mailer = smtpMailer(smtp.url, 'Comune di Borgo <noreply@borgo.example.it>');
    try {
      // borgo's two fixture pratiche and this one, filed to Tina; and Mario's receipt.
      expect(await deliverMail(f.store, mailer, 'https://modulo.example.it')).toBe(4);
      const act = (body: unknown) =>
        f.send('adminBorgo', 'POST', `/api/backoffice/pratiche/${pratica.code}/actions`, body);
      f.clock.now = new Date('2026-03-05T09:00:00Z');
      expect((await act({ type: 'take_in_charge' })).status).toBe(200);
      const up = await f.upload('adminBorgo', '/api/backoffice/uploads');
      const done = await act({
        type: 'conclude',
        outcome: 'positive',
        motivation: 'Requisiti verificati: è tutto in regola.',
        documentUploadId: up.body['id'],
      });
      expect(done.status).toBe(200);

      const sent = await deliverMail(f.store, mailer, 'https://modulo.example.it');
      // Two changes told to Mario.
      expect(sent).toBe(2);
      // A second run sends nothing: the cursor is stored.
      expect(await deliverMail(f.store, mailer, 'https://modulo.example.it')).toBe(0);
    } finally {
      mailer.close();
    }
    let mails = await smtp.received();
    for (let i = 0; i < 50 && mails.length < 6; i++) {
      await new Promise((r) => setTimeout(r, 100));
      mails = await smtp.received();
    }
    const toMario = mails.filter((m) => m.subject?.includes(pratica.code) && m.text?.includes('Pratica'));
    const subjects = mails.map((m) => m.subject);
    expect(subjects).toContain(`[Comune di borgo] Nuova pratica ${pratica.code}: Segnalazione`);
    const filed = mails.find(
      (m) => m.subject === `[Comune di borgo] Nuova pratica ${pratica.code}: Segnalazione`,
    )!;
    expect(filed.to).toMatchObject({ text: 'tina@borgo.example.it' });
    // Mails are sent one by one but may reach the sink's listing in another order.
    expect(toMario.map((m) => m.subject).sort()).toEqual(
      [
        `[Comune di borgo] Abbiamo ricevuto la tua pratica (${pratica.code})`,
        `[Comune di borgo] La tua pratica è stata presa in carico (${pratica.code})`,
        `[Comune di borgo] La tua pratica è conclusa con esito positivo (${pratica.code})`,
      ].sort(),
    );
    for (const m of toMario) expect(m.to).toMatchObject({ text: 'mario.rossi@example.it' });
    const decision = toMario.find((m) => m.subject?.includes('conclusa con esito positivo'))!;
    expect(decision.text).toContain('Motivazione: Requisiti verificati: è tutto in regola.');
    expect(decision.html).toContain('<h1>La tua pratica è conclusa con esito positivo</h1>');
    expect(decision.attachments).toHaveLength(1);
    expect(decision.attachments[0]).toMatchObject({
      filename: 'provvedimento.pdf',
      contentType: 'application/pdf',
    });
    expect(new Uint8Array(decision.attachments[0]!.content)).toEqual(PDF);
  });

  it('sends the citizen the receipt on filing, and the substitute official the escalation and the citizen’s request', async () => {
    const mensa = getLibraryModule('iscrizione-mensa-scolastica')!;
    // Without silenzio-assenso, a term that passes escalates to the substitute (Laura Ferri).
    const module = { ...mensa, procedure: { ...mensa.procedure, silenzioAssenso: false } };
    await f.store.modules.publish('borgo', module, new Date('2026-01-01T00:00:00Z'));
    const r = await f.store.pratiche.file(
      suiteFiling({
        enteId: 'borgo',
        moduleId: module.id,
        moduleVersion: module.version,
        submitter: citizenKey(MARIO),
        subject: 'Iscrizione mensa',
        document: JSON.stringify({ answers: { email: 'mario.rossi@example.it' } }),
        at: new Date('2026-03-10T09:00:00Z'),
      }),
    );
    if (!r.ok) throw new Error(r.code);
    const code = r.pratica.code;
    const mailer = smtpMailer(smtp.url, 'Comune di Borgo <noreply@borgo.example.it>');
    const url = 'https://modulo.example.it';
    try {
      await deliverMail(f.store, mailer, url);
      f.clock.now = new Date('2026-05-04T09:00:00Z');
      expect((await runBackofficeClock(f.store, f.clock.now)).escalated).toBeGreaterThan(0);
      await deliverMail(f.store, mailer, url);
      expect((await f.send('mario', 'POST', `/api/pratiche/${code}/substitute-request`)).status).toBe(201);
      await deliverMail(f.store, mailer, url);
    } finally {
      mailer.close();
    }
    const wanted = (m: { subject?: string }) => m.subject?.includes(code) ?? false;
    let mails = (await smtp.received()).filter(wanted);
    for (let i = 0; i < 50 && mails.length < 5; i++) {
      await new Promise((done) => setTimeout(done, 100));
      mails = (await smtp.received()).filter(wanted);
    }
    // The sink may list mails in another order than they were sent: compare the sets.
    const to = (address: string) =>
      mails
        .filter((m) => (m.to as { text?: string } | undefined)?.text === address)
        .map((m) => m.subject)
        .sort();
    expect(to('mario.rossi@example.it')).toEqual(
      [
        `[Comune di borgo] Abbiamo ricevuto la tua pratica (${code})`,
        `[Comune di borgo] Il termine della tua pratica è scaduto (${code})`,
        `[Comune di borgo] Hai chiesto l’intervento del titolare del potere sostitutivo (${code})`,
      ].sort(),
    );
    expect(to('segretario@valdemo.example.it')).toEqual(
      [
        `[Comune di borgo] Pratica ${code} oltre il termine`,
        `[Comune di borgo] Richiesta di intervento sostitutivo: pratica ${code}`,
      ].sort(),
    );
    const receipt = mails.find((m) => m.subject?.startsWith('[Comune di borgo] Abbiamo ricevuto'))!;
    expect(receipt.text).toContain('In allegato la ricevuta');
    expect(receipt.html).toContain('<h1>Abbiamo ricevuto la tua pratica</h1>');
    expect(receipt.attachments).toHaveLength(1);
    expect(receipt.attachments[0]).toMatchObject({
      filename: `ricevuta-${code}.pdf`,
      contentType: 'application/pdf',
    });
    expect(Buffer.from(receipt.attachments[0]!.content).subarray(0, 5).toString()).toBe('%PDF-');
    const request = mails.find((m) => m.subject?.includes('Richiesta di intervento sostitutivo'))!;
    expect(request.text).toContain('art. 2 c. 9-ter');
  });
});
