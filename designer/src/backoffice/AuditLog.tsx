import { useId } from 'react';
import type { AuditEntry } from './BackofficeApi';
import type { BoKey } from './backofficeMessages';
import { useBt } from './backofficeMessages';

export interface AuditLogProps {
  /** The log, oldest first; undefined while loading. */
  entries: AuditEntry[] | undefined;
  /** Where the CSV export downloads from. */
  csvHref: string;
  /** The pratica's code, for the downloaded file's name. */
  code: string;
  error?: string;
}

/** Who acted, in words: the system, a staff member's id, or the citizen. */
function actorText(actor: string, t: ReturnType<typeof useBt>): string {
  if (actor === 'system') return t('audit.system');
  const [kind, id] = actor.split(':', 2);
  if (kind === 'staff') return id ?? actor;
  if (kind === 'citizen') return t('audit.citizen');
  return actor;
}

/** An action in words when the area knows it ("pratica.taken-in-charge" → "Presa in carico"). */
function actionText(action: string, t: ReturnType<typeof useBt>): string {
  // The translator answers undefined for a key it does not have: an action added later.
  return (t(`audit.${action}` as BoKey) as string | undefined) ?? action;
}

/** A pratica's audit log for its staff: who did what and when, and the CSV download. */
export function AuditLog({ entries, csvHref, code, error }: AuditLogProps) {
  const t = useBt();
  const id = useId();
  return (
    <section aria-labelledby={`${id}-audit`} data-audit-log>
      <h3 id={`${id}-audit`}>{t('audit.title')}</h3>
      <p>
        <a href={csvHref} download={`registro-attivita-${code}.csv`}>
          {t('audit.download')}
        </a>
      </p>
      {error ? (
        <p role="alert" className="modulo-error">
          {error}
        </p>
      ) : entries === undefined ? (
        <p>{t('audit.loading')}</p>
      ) : (
        <table className="modulo-table">
          <caption>{t('audit.caption', { count: entries.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('audit.when')}</th>
              <th scope="col">{t('audit.who')}</th>
              <th scope="col">{t('audit.what')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.seq}>
                <td>
                  <time dateTime={e.at}>
                    {new Date(e.at).toLocaleString('it-IT', { timeZone: 'Europe/Rome' })}
                  </time>
                </td>
                <td>{actorText(e.actor, t)}</td>
                <td>{actionText(e.action, t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
