import type { WidgetProps } from '@rjsf/utils';
import { messages } from '../../messages';
import { themeContext } from '../formContext';
import { controlProps } from './describedBy';

interface DateRuleOption {
  op: 'notBefore' | 'notAfter';
  ref: { filingDay?: true; field?: string; offsetDays?: number; offsetMonths?: number; offsetYears?: number };
}

/** The earliest and latest day a date field accepts today, from its fixed bounds and its dateRules. */
export function dateBounds(options: Record<string, unknown>, today: string): { min?: string; max?: string } {
  // form-model's fixed bounds are a day or the word "today" (the day of filing).
  const day = (v: unknown) => (v === 'today' ? today : typeof v === 'string' ? v : undefined);
  let min = day(options.notBefore);
  let max = day(options.notAfter);
  for (const rule of (options.dateRules as DateRuleOption[] | undefined) ?? []) {
    if (!rule.ref.filingDay) continue; // relative to another answer: checked at validation
    const day = shift(today, rule.ref);
    if (rule.op === 'notBefore' && (!min || day > min)) min = day;
    if (rule.op === 'notAfter' && (!max || day < max)) max = day;
  }
  return { min, max };
}

function shift(iso: string, by: DateRuleOption['ref']): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCFullYear(
    d.getUTCFullYear() + (by.offsetYears ?? 0),
    d.getUTCMonth() + (by.offsetMonths ?? 0),
    d.getUTCDate() + (by.offsetDays ?? 0),
  );
  return d.toISOString().slice(0, 10);
}

/** Today in Rome, YYYY-MM-DD: the filing day the date rules count from. */
export function romeToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());
}

/** The day in words for a hint: 2026-12-02 → 2/12/2026 (it) or 02/12/2026 (en). */
function readable(iso: string, lang: string): string {
  const [y, m, d] = iso.split('-');
  return lang === 'en' ? `${d}/${m}/${y}` : `${Number(d)}/${Number(m)}/${y}`;
}

/** Date: the native date picker, bounded by `min`/`max`, with the bounds said in words. */
export function DateWidget(props: WidgetProps) {
  const { lang } = themeContext(props.registry.formContext);
  const t = messages(lang);
  const { min, max } = dateBounds(props.options as Record<string, unknown>, romeToday());
  const hintId = `${props.id}__bounds`;
  const hint = [min && t.notBefore(readable(min, lang)), max && t.notAfter(readable(max, lang))]
    .filter(Boolean)
    .join(' ');
  return (
    <>
      <input
        {...controlProps(props, hint && hintId)}
        type="date"
        className={`form-control modulo-input-short${props.rawErrors?.length ? ' is-invalid' : ''}`}
        value={props.value ?? ''}
        min={min}
        max={max}
        onChange={(e) => props.onChange(e.target.value === '' ? undefined : e.target.value)}
      />
      {hint ? (
        <p id={hintId} className="modulo-hint">
          {hint}
        </p>
      ) : null}
    </>
  );
}
