import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { suiteEnte, suiteFiling } from '../storage/storeSuite';
import { testApp } from '../testing/testApp';

const t = testApp();
await t.store.entes.put(suiteEnte());
const filed = [];
for (let i = 0; i < 3; i++) {
  const r = await t.store.pratiche.file(suiteFiling({ document: JSON.stringify({ answers: { n: i } }) }));
  if (!r.ok) throw new Error(r.code);
  filed.push(r.pratica);
}
const [first, second, third] = filed as [(typeof filed)[0], (typeof filed)[0], (typeof filed)[0]];
const body = async (res: Response) =>
  (await res.json()) as Record<string, unknown> & { error?: { code: string } };
const html = async (path: string) => {
  const res = await t.request(path, { headers: { accept: 'text/html' } });
  return { status: res.status, text: (await res.text()).replace(/\s+/g, ' ') };
};

describe('receipt verification', () => {
  it('confirms a receipt: the pratica has this hash and the chain up to it recomputes', async () => {
    const res = await t.request(`/api/verify/${second.code}?hash=${second.documentSha256}`);
    expect(res.status).toBe(200);
    expect(await body(res)).toEqual({
      valid: true,
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
    // Typed by hand: lower-case code, upper-case hash, spaces around.
    const typed = await t.request(
      `/api/verify/${encodeURIComponent(` ${third.code.toLowerCase()} `)}?hash=${third.documentSha256.toUpperCase()}`,
    );
    expect(await body(typed)).toMatchObject({ valid: true, linksChecked: 3 });
  });

  it('tells nothing about the pratica when the hash does not match', async () => {
    const res = await t.request(`/api/verify/${first.code}?hash=${'0'.repeat(64)}`);
    expect(res.status).toBe(200);
    expect(await body(res)).toEqual({ valid: false, status: 'hash_mismatch' });
  });

  it('refuses malformed input and names an unknown code, with coded errors', async () => {
    const cases: [string, number, string][] = [
      [`/api/verify/K7QM-4TZ0?hash=${'a'.repeat(64)}`, 400, 'invalid_code'], // 0 is not in the alphabet
      [`/api/verify/${first.code}?hash=abc`, 400, 'invalid_hash'],
      [`/api/verify/${first.code}`, 400, 'invalid_request'],
      [`/api/verify/KKKK-KKKK?hash=${'a'.repeat(64)}`, 404, 'pratica_not_found'],
    ];
    for (const [path, status, code] of cases) {
      const res = await t.request(path);
      expect(res.status, path).toBe(status);
      const b = await body(res);
      expect(b.error?.code, path).toBe(code);
    }
  });

  it('reports a broken chain when a stored pratica was altered behind the server', async () => {
    const db = new Database(t.file);
    // Someone edits the stored document of the first pratica (triggers cannot stop a DBA).
    db.prepare('UPDATE pratiche SET document = ? WHERE code = ?').run('{"answers":{"n":99}}', first.code);
    db.close();
    const res = await t.request(`/api/verify/${third.code}?hash=${third.documentSha256}`);
    expect(await body(res)).toMatchObject({ valid: false, status: 'chain_broken', brokenAt: 1 });
    const page = await html(`/verifica?code=${third.code}&hash=${third.documentSha256}`);
    expect(page.text).toContain('non si ricompone alla registrazione n. 1');
  });
});
