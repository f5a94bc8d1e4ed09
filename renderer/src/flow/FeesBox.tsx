import type { FeeQuote } from '../model/modelAdapter';
import { text } from '../model/modelAdapter';
import { messages } from '../messages';
import { formatEuro } from '../theme/widgets/euro';

/** The fees due for the current answers, updated as they change (`computeFees`). */
export function FeesBox({ quote, lang }: { quote: FeeQuote; lang: string }) {
  const t = messages(lang);
  if (!quote.fees.length) return null;
  return (
    <section className="modulo-fees" aria-labelledby="modulo-fees-title">
      <h3 id="modulo-fees-title" className="modulo-fees__title">
        {t.fees}
      </h3>
      <dl>
        {quote.fees.map((fee) => (
          <div key={fee.id} className="modulo-fees__row">
            <dt>{text(fee.label, lang)}</dt>
            <dd>€ {formatEuro(fee.totalCents, lang)}</dd>
          </div>
        ))}
        <div className="modulo-fees__row modulo-fees__total">
          <dt>{t.feesTotal}</dt>
          <dd aria-live="polite">€ {formatEuro(quote.totalCents, lang)}</dd>
        </div>
      </dl>
    </section>
  );
}
