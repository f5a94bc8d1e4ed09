import { describe, expect, it } from 'vitest';
import type { VerifiedPratica } from '../verify/VerifyOutcome';
import { verifyPage } from './verifyPage';

const pratica: VerifiedPratica = {
  code: 'K7QM-4TZP',
  enteName: 'Comune di Bagnacavallo',
  segnatura: 'c_a547 AOO_BAG 0000042 del 02/12/2026',
  protocolDate: '2026-12-02',
  subject: 'Iscrizione alla mensa scolastica',
};
const render = async (...args: Parameters<typeof verifyPage>) =>
  String(await verifyPage(...args)).replace(/\s+/g, ' ');
const it_ = { lang: 'it', path: '/verifica' } as const;

describe('verifyPage', () => {
  it('shows the empty form, a GET to /verifica with hints tied to the inputs', async () => {
    const page = await render(it_, {});
    expect(page).toContain('<form method="get" action="/verifica">');
    expect(page).toContain('aria-describedby="code-hint"');
    expect(page).not.toContain('Esito');
  });

  it('says a receipt is genuine, with the pratica and how many links were checked', async () => {
    const page = await render(it_, {
      code: pratica.code,
      hash: 'a'.repeat(64),
      outcome: { status: 'verified', pratica, linksChecked: 42 },
    });
    expect(page).toContain('data-status="verified"');
    expect(page).toContain('Ricevuta autentica');
    expect(page).toContain('(42 registrazioni verificate)');
    expect(page).toContain('<dd class="col-sm-8">c_a547 AOO_BAG 0000042 del 02/12/2026</dd>');
    expect(page).toContain('2 dicembre 2026');
    expect(page).toContain(`value="${pratica.code}"`);
  });

  it('names a mismatch, a missing pratica and a broken chain, in English too', async () => {
    expect(await render(it_, { outcome: { status: 'hash_mismatch' } })).toContain('impronta non corrisponde');
    expect(await render(it_, { outcome: { status: 'not_found' } })).toContain(
      'Nessuna pratica con questo codice',
    );
    const en = await render(
      { lang: 'en', path: '/verifica' },
      { outcome: { status: 'chain_broken', pratica, brokenAt: 7 } },
    );
    expect(en).toContain('does not recompute at entry 7');
    expect(en).toContain('<input type="hidden" name="lang" value="en" />');
  });

  it('marks a malformed input invalid and explains it', async () => {
    const page = await render(it_, { code: 'xx', invalid: 'code' });
    expect(page).toContain('aria-describedby="code-hint code-error" aria-invalid="true"');
    expect(page).toContain('<strong id="code-error">Il codice pratica ha 8 caratteri');
  });
});
