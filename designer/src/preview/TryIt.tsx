import { useMemo } from 'react';
import type { Module } from '@modulo/form-model';
import { computeFees, localize, pruneHidden, routeSubmission } from '@modulo/form-model';
import { useLang, useT } from '../i18n/useT';

const euro = (cents: number) => (cents / 100).toLocaleString('it-IT', { style: 'currency', currency: 'EUR' });

/**
 * "Try it": what a submission with these answers would carry (hidden answers pruned), where it
 * would be routed and what it would cost, all computed by the model.
 */
export function TryIt({ module, answers }: { module: Module; answers: Record<string, unknown> }) {
  const t = useT();
  const lang = useLang();
  const outcome = useMemo(() => {
    try {
      const data = pruneHidden(module, answers);
      return { data, route: routeSubmission(module, data), fees: computeFees(module, data) };
    } catch (e) {
      return { error: (e as Error).message };
    }
  }, [module, answers]);
  if ('error' in outcome) return <p className="modulo-error">{outcome.error}</p>;
  return (
    <section aria-labelledby="try-title" className="modulo-try">
      <h3 id="try-title">{t('try.title')}</h3>
      <p data-testid="try-route">
        {t('try.route')}: <strong>{localize(outcome.route.office.name, lang)}</strong> —{' '}
        {outcome.route.responsible.name}
        {outcome.route.ruleId && <code> ({outcome.route.ruleId})</code>}
      </p>
      <p data-testid="try-fees">
        {t('try.fees')}: <strong>{euro(outcome.fees.totalCents)}</strong>
      </p>
      {outcome.fees.fees.length > 0 && (
        <ul>
          {outcome.fees.fees.map((f) => (
            <li key={f.id}>
              {localize(f.label, lang)}: {euro(f.totalCents)}
            </li>
          ))}
        </ul>
      )}
      <h4>{t('try.data')}</h4>
      <pre className="modulo-json" tabIndex={0} aria-label={t('try.data')}>
        {JSON.stringify(outcome.data, null, 2)}
      </pre>
    </section>
  );
}
