import type { Store } from '../../storage/Store';
import { runWebhooks } from '../webhooks/runWebhooks';
import { deliverMail } from './deliverMail';
import { smtpMailer } from './mailer';

/**
 * Follows the audit log every `everyMs`: delivers the ente webhooks due (queue, retries and
 * backoff in the database) and, when `SMTP_URL` is set, the e-mails owed. One run at a time; a
 * failed run is logged and retried at the next tick. `now` is the server's one clock.
 */
export function startNotifications(
  store: Store,
  options: { smtpUrl?: string; mailFrom?: string; publicUrl: string; everyMs?: number; now?: () => Date },
): () => void {
  const now = options.now ?? (() => new Date());
  const mailer = options.smtpUrl
    ? smtpMailer(options.smtpUrl, options.mailFrom ?? 'Modulo <noreply@localhost>')
    : undefined;
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running
      .then(async () => {
        await runWebhooks(store, now());
        if (mailer) await deliverMail(store, mailer, options.publicUrl);
      })
      .catch((err: unknown) => console.error('notifications', err));
  }, options.everyMs ?? 5_000);
  timer.unref();
  return () => {
    clearInterval(timer);
    mailer?.close();
  };
}
