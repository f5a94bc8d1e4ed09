import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suiteFiling } from '../../storage/storeSuite';
import { backofficeFixture, PDF } from '../backofficeFixture';
import { deliverMail } from './deliverMail';
import { smtpMailer } from './mailer';
import { startSmtpSink } from './startSmtpSink';

let f: Awaited<ReturnType<typeof backofficeFixture>>;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
beforeAll(async () => {
  [f, smtp] = await Promise.all([backofficeFixture(), startSmtpSink()]);
});
afterAll(async () => {
  smtp.stop();
  await f.store.close();
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
      // borgo's two fixture pratiche and this one, filed to Tina.
      expect(await deliverMail(f.store, mailer, 'https://modulo.example.it')).toBe(3);
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
    for (let i = 0; i < 50 && mails.length < 5; i++) {
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
    expect(toMario.map((m) => m.subject)).toEqual([
      `[Comune di borgo] La tua pratica è stata presa in carico (${pratica.code})`,
      `[Comune di borgo] La tua pratica è conclusa con esito positivo (${pratica.code})`,
    ]);
    const decision = toMario[1]!;
    expect(decision.text).toContain('Motivazione: Requisiti verificati: è tutto in regola.');
    expect(decision.html).toContain('<h1>La tua pratica è conclusa con esito positivo</h1>');
    expect(decision.attachments).toHaveLength(1);
    expect(decision.attachments[0]).toMatchObject({
      filename: 'provvedimento.pdf',
      contentType: 'application/pdf',
    });
    expect(new Uint8Array(decision.attachments[0]!.content)).toEqual(PDF);
  });
});
