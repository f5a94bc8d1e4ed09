import type { Store } from '../../storage/Store';
import { runWebhooks } from '../webhooks/runWebhooks';
import { deliverMail } from './deliverMail';
import { smtpMailer } from './mailer';

/**
 * Follows the audit log every `everyMs`: delivers the ente webhooks due (queue, retries and
 * backoff in the database) and, when `SMTP_URL` is set, the e-mails owed (by one instance at a
 * time when several share the store: `Store.runAlone`). One run at a time; a failed run is logged and retried at the next tick. `now` is the server's one clock.
 */
export function startNotifications(
  store: Store,
  options: { smtpUrl?: string; mailFrom?: string; publicUrl: string; everyMs?: number; now?: () => Date },
): () => Promise<void> {
  const now = options.now ?? (() => new Date());
  const mailer = options.smtpUrl
    ? smtpMailer(options.smtpUrl, options.mailFrom ?? 'Modulo <noreply@localhost>')
    : undefined;
  // A tick while a run is still going is skipped, not queued: ticks never pile up.
  let running: Promise<void> | undefined;
  const timer = setInterval(() => {
    if (running) return;
    running = Promise.resolve()
      .then(async () => {
        await runWebhooks(store, now());
        // Instances sharing a PostgreSQL store take turns: one sends, the others skip this tick.
        if (mailer)
          await (store.runAlone
            ? store.runAlone('mail', () => deliverMail(store, mailer, options.publicUrl))
            : deliverMail(store, mailer, options.publicUrl));
      })
      .catch((err: unknown) => console.error('notifications', err))
      .finally(() => (running = undefined));
  }, options.everyMs ?? 5_000);
  timer.unref();
  // Stops the ticks; resolves once the run in progress, if any, has ended.
  return async () => {
    clearInterval(timer);
    await running;
    mailer?.close();
  };
}
