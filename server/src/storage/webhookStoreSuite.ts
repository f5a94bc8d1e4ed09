import { describe, expect, it } from 'vitest';
import type { MakeStore } from './Store';
import { suiteEnte, suiteFiling } from './storeSuite';

/** The webhook queue's contract (`WebhookStore`), for every store implementation. */
export function webhookStoreSuite(name: string, make: MakeStore): void {
  describe(`WebhookStore contract: ${name}`, () => {
    it('queues each audit event once per webhook created before it, and retries until given up', async () => {
      const store = await make();
      try {
        await store.entes.put(suiteEnte('borgo'));
        await store.entes.put(suiteEnte('altro', 'AOO_ALT'));
        await store.pratiche.file(suiteFiling({ at: new Date('2026-03-01T09:00:00Z') }));
        const hook = {
          enteId: 'borgo',
          url: 'https://example.it/h',
          secret: 's',
          createdAt: '2026-03-02T00:00:00Z',
          active: true,
        };
        await store.webhooks.create({ id: 'w1', ...hook });
        await store.webhooks.create({ id: 'w2', ...hook, enteId: 'altro' });
        await store.pratiche.file(suiteFiling({ at: new Date('2026-03-03T09:00:00Z') }));
        const body = (e: { seq: number; action: string }) => JSON.stringify({ id: e.seq, type: e.action });
        expect(await store.webhooks.enqueue(100, body)).toBe(1);
        expect(await store.webhooks.enqueue(100, body)).toBe(0);
        const [d] = await store.webhooks.due('2026-03-03T09:00:00Z', 10);
        expect(d).toMatchObject({
          webhookId: 'w1',
          url: hook.url,
          secret: 's',
          status: 'pending',
          attempts: 0,
        });
        expect(JSON.parse(d!.body)).toMatchObject({ type: 'pratica.filed' });
        await store.webhooks.attemptFailed(d!.id, 'HTTP 500', '2026-03-03T09:01:00Z');
        expect(await store.webhooks.due('2026-03-03T09:00:30Z', 10)).toEqual([]);
        expect(await store.webhooks.due('2026-03-03T09:01:00Z', 10)).toHaveLength(1);
        await store.webhooks.attemptFailed(d!.id, 'HTTP 502', null);
        const failed = await store.webhooks.deliveries('borgo', { status: 'failed' });
        expect(failed).toMatchObject([{ attempts: 2, lastError: 'HTTP 502' }]);
        expect(await store.webhooks.deliveries('altro')).toEqual([]);
        expect(await store.webhooks.retry('altro', d!.id, '2026-03-04T00:00:00Z')).toBe(false);
        expect(await store.webhooks.retry('borgo', d!.id, '2026-03-04T00:00:00Z')).toBe(true);
        await store.webhooks.delivered(d!.id, '2026-03-04T00:00:01Z');
        expect(await store.webhooks.deliveries('borgo')).toMatchObject([
          { status: 'delivered', attempts: 3 },
        ]);
        expect(await store.webhooks.retry('borgo', d!.id, '2026-03-04T00:00:00Z')).toBe(false);
        expect((await store.webhooks.list('borgo')).map((w) => w.id)).toEqual(['w1']);
      } finally {
        await store.close();
      }
    });
  });
}
