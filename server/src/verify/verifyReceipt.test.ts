import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { suiteEnte, suiteFiling } from '../storage/storeSuite';
import { testApp } from '../testing/testApp';
import { verifyReceipt } from './verifyReceipt';

const t = testApp();
await t.store.entes.put(suiteEnte());
const filed = [];
for (let i = 0; i < 3; i++) {
  const r = await t.store.pratiche.file(suiteFiling({ document: JSON.stringify({ answers: { n: i } }) }));
  if (!r.ok) throw new Error(r.code);
  filed.push(r.pratica);
}
const [first, second, third] = filed as [(typeof filed)[0], (typeof filed)[0], (typeof filed)[0]];
const html = async (path: string) => {
  const res = await t.request(path, { headers: { accept: 'text/html' } });
  return { status: res.status, text: (await res.text()).replace(/\s+/g, ' ') };
};

describe('receipt verification (/verifica)', () => {
  it('confirms a receipt typed by hand, and shows its protocol data', async () => {
    expect(await verifyReceipt(t.store, second.code, second.documentSha256)).toEqual({
      status: 'verified',
      linksChecked: 2,
      pratica: {
        code: second.code,
        enteName: 'Comune di borgo',
        segnatura: second.protocol.segnatura,
        protocolDate: second.protocol.date,
        subject: second.subject,
      },
    });
    const ok = await html(
      `/verifica?code=${encodeURIComponent(` ${first.code.toLowerCase()} `)}&hash=${first.documentSha256.toUpperCase()}`,
    );
    expect(ok.status).toBe(200);
    expect(ok.text).toContain('data-status="verified"');
    expect(ok.text).toContain(first.protocol.segnatura);
    expect((await html('/verifica')).text).toContain('<form method="get" action="/verifica">');
  });

  it('tells nothing about the pratica when the hash does not match', async () => {
    expect(await verifyReceipt(t.store, first.code, '0'.repeat(64))).toEqual({ status: 'hash_mismatch' });
    const page = await html(`/verifica?code=${first.code}&hash=${'0'.repeat(64)}`);
    expect(page.text).toContain('data-status="hash_mismatch"');
    expect(page.text).not.toContain(first.protocol.segnatura);
  });

  it('marks malformed input and names an unknown code', async () => {
    const bad = await html(`/verifica?code=${first.code}&hash=zz`);
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('aria-invalid="true"');
    const badCode = await html(`/verifica?code=K7QM-4TZ0&hash=${'a'.repeat(64)}`);
    expect(badCode.status).toBe(400);
    expect(badCode.text).toContain('<strong id="code-error">');
    const missing = await html(`/verifica?code=KKKK-KKKK&hash=${'a'.repeat(64)}`);
    expect(missing.status).toBe(404);
    expect(missing.text).toContain('Nessuna pratica con questo codice');
  });

  it('reports a broken chain when a stored pratica was altered behind the server', async () => {
    const db = new Database(t.file);
    // Someone edits the stored document of the first pratica (triggers cannot stop a DBA).
    db.prepare('UPDATE pratiche SET document = ? WHERE code = ?').run('{"answers":{"n":99}}', first.code);
    db.close();
    expect(await verifyReceipt(t.store, third.code, third.documentSha256)).toMatchObject({
      status: 'chain_broken',
      brokenAt: 1,
    });
    const page = await html(`/verifica?code=${third.code}&hash=${third.documentSha256}`);
    expect(page.text).toContain('non si ricompone alla registrazione n. 1');
  });
});
