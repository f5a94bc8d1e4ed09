import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app';
import { openSqliteStore } from '../../storage/sqlite/openSqliteStore';
import type { Body } from '../backofficeFixture';
import { backofficeFixture } from '../backofficeFixture';
import { MAX_ATTEMPTS, runWebhooks } from './runWebhooks';
import { verifyWebhook, WEBHOOK_HEADERS } from './signWebhook';

/** A receiver as an integrator would write it: verifies each signature, fails its first two answers. */
function startReceiver() {
  const got: { id: string; valid: boolean; answered: number; type: string }[] = [];
  let secret = '';
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const header = (name: string) => req.headers[name] as string | undefined;
      const ts = Number(header(WEBHOOK_HEADERS.timestamp));
      const valid = verifyWebhook(
        secret,
        { timestamp: header(WEBHOOK_HEADERS.timestamp), signature: header(WEBHOOK_HEADERS.signature) },
        body,
        ts, // the test's clock is the sender's: compare with the header itself
      );
      const answered = got.length < 2 ? 500 : 204;
      got.push({
        id: header(WEBHOOK_HEADERS.id) ?? '',
        valid,
        answered,
        type: (JSON.parse(body) as Body)['type'],
      });
      res.writeHead(answered).end();
    });
  });
  return {
    got,
    setSecret: (s: string) => (secret = s),
    listen: () =>
      new Promise<string>((r) =>
        server.listen(0, '127.0.0.1', () =>
          r(`http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`),
        ),
      ),
    close: () => new Promise((r) => server.close(r)),
  };
}

let f: Awaited<ReturnType<typeof backofficeFixture>>;
const receiver = startReceiver();
let url = '';
beforeAll(async () => {
  [f, url] = await Promise.all([backofficeFixture(), receiver.listen()]);
});
afterAll(() => receiver.close());

const at = (iso: string) => new Date(iso);

describe('webhooks: signed, queued in the database, retried with backoff, across a restart', () => {
  it('delivers every event once after failures and a restart; dead endpoints end up failed and can be retried', async () => {
    const created = await f.send('adminBorgo', 'POST', '/api/backoffice/webhooks', { url });
    expect(created).toMatchObject({ status: 201, body: { url, secret: expect.stringMatching(/^whsec_/) } });
    receiver.setSecret(created.body['secret']);
    const dead = await f.send('adminBorgo', 'POST', '/api/backoffice/webhooks', {
      url: 'http://127.0.0.1:9/none',
    });
    expect(dead.status).toBe(201);
    expect((await f.send('operatorUrp', 'POST', '/api/backoffice/webhooks', { url })).status).toBe(403);

    const take = await f.send(
      'operatorUrp',
      'POST',
      `/api/backoffice/pratiche/${f.pratiche.marioUrp}/actions`,
      {
        type: 'take_in_charge',
      },
    );
    expect(take.status).toBe(200);

    // First attempt at 09:00: the receiver answers 500; retry in 30 s.
    expect(await runWebhooks(f.store, at('2026-03-04T09:00:00Z'))).toEqual({
      queued: 2,
      delivered: 0,
      failed: 2,
    });
    expect(await runWebhooks(f.store, at('2026-03-04T09:00:10Z'))).toEqual({
      queued: 0,
      delivered: 0,
      failed: 0,
    });
    expect(await runWebhooks(f.store, at('2026-03-04T09:00:30Z'))).toMatchObject({ delivered: 0, failed: 2 });

    // A restart: the queue is in the database.
    await f.store.close();
    const store = openSqliteStore(f.file);
    // Next retry 60 s after the second failure.
    expect(await runWebhooks(store, at('2026-03-04T09:01:00Z'))).toMatchObject({ delivered: 0, failed: 0 });
    expect(await runWebhooks(store, at('2026-03-04T09:01:30Z'))).toMatchObject({ delivered: 1, failed: 1 });
    expect(await runWebhooks(store, at('2026-03-04T10:00:00Z'))).toMatchObject({ delivered: 0 });

    // A new event after the restart goes out once, on the first attempt.
    const app = createApp({ store, now: () => at('2026-03-04T11:00:00Z') });
    const msg = await app.request(`/api/backoffice/pratiche/${f.pratiche.marioUrp}/actions`, {
      method: 'POST',
      headers: { ...f.actors['operatorUrp'], 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'preavviso', reasons: 'Requisito mancante.' }),
    });
    expect(msg.status).toBe(200);
    for (let h = 11; h < 11 + MAX_ATTEMPTS; h++) await runWebhooks(store, at(`2026-03-04T${h}:00:00Z`));

    expect(receiver.got.every((g) => g.valid)).toBe(true);
    const ok = receiver.got.filter((g) => g.answered === 204);
    expect(ok.map((g) => g.type)).toEqual(['pratica.taken-in-charge', 'pratica.preavviso']);
    expect(new Set(ok.map((g) => g.id)).size).toBe(2);
    expect(receiver.got).toHaveLength(4);

    // The dead endpoint's deliveries are failed, visible to the admin, and can be retried.
    const list = async () => {
      const res = await app.request('/api/backoffice/webhooks/deliveries?status=failed', {
        headers: f.actors['adminBorgo'],
      });
      return ((await res.json()) as Body)['deliveries'] as Body[];
    };
    const failed = await list();
    expect(failed.map((d) => [d['type'], d['attempts']])).toEqual([
      ['pratica.preavviso', MAX_ATTEMPTS],
      ['pratica.taken-in-charge', MAX_ATTEMPTS],
    ]);
    expect(failed[0]?.['lastError']).toBeTruthy();
    const retry = await app.request(`/api/backoffice/webhooks/deliveries/${failed[0]!['id']}/retry`, {
      method: 'POST',
      headers: f.actors['adminBorgo'],
    });
    expect(retry.status).toBe(200);
    expect(await list()).toHaveLength(1);
    const nope = await app.request('/api/backoffice/webhooks/deliveries/999/retry', {
      method: 'POST',
      headers: f.actors['adminBorgo'],
    });
    expect(nope.status).toBe(404);
    await store.close();
  });
});
