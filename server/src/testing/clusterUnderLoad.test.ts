import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgStore } from '../storage/postgres/openPgStore';
import type { PgStore } from '../storage/postgres/openPgStore';
import type { Cluster } from './startCluster';
import { startCluster } from './startCluster';
import type { FilingClient, FilingOutcome } from './clusterClient';
import { fileOnce, fileUntilAcknowledged, loginCitizen, pooled } from './clusterClient';

// Several instances, proven: a durable PostgreSQL, two real server processes (main.ts with
// DATABASE_URL), the demo identity provider and HAProxy, all on loopback. Citizens log in and
// file through HAProxy only, so sessions, CSRF tokens and pending logins cross instances.
// 10,000 filings as issue 15 asks: each citizen session logs in once and files many times (as
// a browser tab would), every filing with its own Idempotency-Key.
const FILINGS = Number(process.env.CLUSTER_FILINGS ?? 10_000);
const SESSIONS = 8;

let cluster: Cluster;
let store: PgStore;
let client: FilingClient;
let sessions: FilingClient[];
beforeAll(async () => {
  cluster = await startCluster({ instances: 2 });
  store = await openPgStore(cluster.databaseUrl);
  sessions = [];
  for (let i = 0; i < SESSIONS; i++) sessions.push(await loginCitizen(cluster.url));
  client = sessions[0]!;
}, 180_000);
afterAll(async () => {
  await store?.close();
  await cluster?.stop();
}, 60_000);

const montebelloNumbers = async () =>
  (await store.pratiche.list('montebello', { limit: 1_000_000 })).map((p) => p.protocol.number);

describe('several server instances on one PostgreSQL behind HAProxy', () => {
  it(`files ${FILINGS} concurrent submissions with numbers 1..N, no gap or duplicate, one chain`, async () => {
    const before = await montebelloNumbers();
    const t = performance.now();
    // A request that fails without an answer (connection reset under load) is retried with its
    // key, as a browser would: it must then file exactly once. Each such retry is counted.
    const firstTry: FilingOutcome[] = [];
    const outcomes = await pooled(FILINGS, 100, async (i) => {
      const session = sessions[i % SESSIONS]!;
      const first = await fileOnce(session, `load-${i}`);
      if (first.status === 201) return first;
      firstTry.push(first);
      return fileUntilAcknowledged(session, `load-${i}`);
    });
    const seconds = (performance.now() - t) / 1000;
    console.log(
      `${FILINGS} filings through HAProxy in ${seconds.toFixed(1)} s: ${(FILINGS / seconds).toFixed(0)}/s; ` +
        `${firstTry.length} retried (${[...new Set(firstTry.map((o) => o.error ?? o.status))].join(', ')})`,
    );
    const bad = outcomes.filter((o) => o.status !== 201);
    expect(bad.slice(0, 3)).toEqual([]);
    // Both instances filed (HAProxy names the one that answered).
    const served = new Map<string, number>();
    for (const o of outcomes) served.set(o.instance!, (served.get(o.instance!) ?? 0) + 1);
    expect([...served.keys()].sort()).toEqual(['a', 'b']);
    expect(Math.min(...served.values())).toBeGreaterThan(FILINGS / 10);
    const numbers = outcomes.map((o) => o.pratica!.protocol.number).sort((a, b) => a - b);
    expect(new Set(outcomes.map((o) => o.pratica!.code)).size).toBe(FILINGS);
    expect(numbers).toEqual(Array.from({ length: FILINGS }, (_, i) => before.length + 1 + i));
    const all = (await montebelloNumbers()).sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: before.length + FILINGS }, (_, i) => i + 1));
    // The tail check starts from the last register checkpoint; the full one rehashes every link.
    expect(await store.pratiche.verifyChain()).toMatchObject({ ok: true });
    const checkpoints = cluster.pg!.psql(
      'modulo',
      "SELECT count(*) FROM register_checkpoints c JOIN entes e ON e.aoo_code = c.aoo_code WHERE e.id = 'montebello'",
    );
    expect(Number(checkpoints)).toBe(Math.floor(all.length / 1000));
    expect(await store.pratiche.verifyChain({ full: true })).toMatchObject({ ok: true });
    // A retry with a used key, through whichever instance, answers the first pratica.
    const again = await fileOnce(sessions[7 % SESSIONS]!, 'load-7');
    expect(again).toMatchObject({ status: 201, pratica: { code: outcomes[7]!.pratica!.code } });
  }, 900_000);

  it('counts failed password logins across instances (the rate limit is in the database)', async () => {
    const attempt = async (i: number) => {
      const res = await fetch(`${cluster.url}/auth/staff/password`, {
        method: 'POST',
        // A client-sent X-Forwarded-For is not trusted: HAProxy appends the real address last.
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${i}` },
        body: JSON.stringify({ ente: 'montebello', username: 'mtb-admin', password: `wrong-${i}` }),
      });
      await res.arrayBuffer();
      return { status: res.status, instance: res.headers.get('x-modulo-instance') };
    };
    // After the load of the test before, a health check may have marked an instance down on a
    // busy machine: wait until HAProxy sends requests to both again before counting failures.
    const seen = new Set<string | null>();
    for (let tries = 0; seen.size < 2 && tries < 120; tries++) {
      const res = await fetch(`${cluster.url}/api/entes`);
      await res.arrayBuffer();
      seen.add(res.headers.get('x-modulo-instance'));
      if (seen.size < 2) await new Promise((r) => setTimeout(r, 250));
    }
    expect(seen.size).toBe(2);
    const failed = [];
    for (let i = 0; i < 5; i++) failed.push(await attempt(i));
    expect(failed.map((f) => f.status)).toEqual([401, 401, 401, 401, 401]);
    expect(new Set(failed.map((f) => f.instance)).size).toBe(2);
    expect((await attempt(5)).status).toBe(429);
    expect((await attempt(6)).status).toBe(429);
    // After 10,000 filings the instances are still following the audit log for a while.
  }, 120_000);

  it('keeps every acknowledged filing when an instance is SIGKILLed under load, and the other answers on', async () => {
    const start = await store.pratiche.count('montebello');
    const acknowledged: FilingOutcome[] = [];
    let failures = 0;
    let stop = false;
    let key = 0;
    const victim = cluster.instances[0]!;
    // 32 clients, each filing until acknowledged (same key on retry), until told to stop.
    const clients = Array.from({ length: 32 }, async () => {
      while (!stop) {
        const k = `kill-${key++}`;
        const first = await fileOnce(client, k);
        const out = first.status === 201 ? first : await fileUntilAcknowledged(client, k);
        if (first.status !== 201) failures++;
        if (out.status !== 201) throw new Error(`not acknowledged after retries: ${k} ${out.status}`);
        acknowledged.push(out);
      }
    });
    while (acknowledged.length < 300) await new Promise((r) => setTimeout(r, 10));
    victim.process.child.kill('SIGKILL');
    await victim.process.exited;
    const atKill = acknowledged.length;
    // The survivor keeps filing: 300 more acknowledged after the kill.
    while (acknowledged.length < atKill + 300) await new Promise((r) => setTimeout(r, 10));
    stop = true;
    await Promise.all(clients);
    expect(victim.process.child.signalCode).toBe('SIGKILL');
    expect(acknowledged.slice(atKill).every((o) => o.instance === 'b')).toBe(true);

    // Every acknowledged pratica is stored with its number and chain link, none twice.
    for (const o of acknowledged) {
      const stored = await store.pratiche.get(o.pratica!.code);
      expect(stored?.protocol.number).toBe(o.pratica!.protocol.number);
      expect(stored?.registerHash).toBe(o.pratica!.registerHash);
    }
    expect(new Set(acknowledged.map((o) => o.pratica!.code)).size).toBe(acknowledged.length);
    expect(await store.pratiche.count('montebello')).toBe(start + acknowledged.length);
    expect(await store.pratiche.verifyChain()).toMatchObject({ ok: true });
    console.log(
      `SIGKILL under load: ${acknowledged.length} acknowledged (${acknowledged.length - atKill} after the kill), ${failures} requests retried`,
    );
  }, 300_000);
});
