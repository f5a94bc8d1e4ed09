import { isIban, isPartitaIva } from '@modulo/form-model';
import type { WidgetProps } from '@rjsf/utils';
import { messages } from '../../messages';
import { themeContext } from '../formContext';
import { controlProps } from './describedBy';

const CHECKS: Record<string, { check: (v: string) => boolean; max: number; ok: 'pivaOk' | 'ibanOk' }> = {
  'partita-iva': { check: isPartitaIva, max: 11, ok: 'pivaOk' },
  iban: { check: isIban, max: 34, ok: 'ibanOk' },
};

/** Partita IVA and IBAN: upper case without spaces, and a polite "well formed" once it checks. */
export function CheckedCodeWidget(props: WidgetProps) {
  const kind = (props.uiSchema?.['ui:kind'] as string) ?? 'iban';
  const spec = CHECKS[kind] ?? CHECKS.iban!;
  const t = messages(themeContext(props.registry.formContext).lang);
  const value = typeof props.value === 'string' ? props.value : '';
  const ok = value.length > 0 && spec.check(value);
  const hintId = `${props.id}__check`;
  return (
    <>
      <input
        {...controlProps(props, ok && hintId)}
        type="text"
        inputMode={kind === 'partita-iva' ? 'numeric' : undefined}
        className={`form-control modulo-input-code${props.rawErrors?.length ? ' is-invalid' : ''}`}
        value={value}
        maxLength={spec.max + 8}
        spellCheck={false}
        onChange={(e) => {
          const next = e.target.value.toUpperCase().replace(/\s/g, '');
          props.onChange(next === '' ? undefined : next);
        }}
      />
      <p id={hintId} className={`modulo-hint${ok ? ' modulo-hint--ok' : ''}`} aria-live="polite">
        {ok ? t[spec.ok] : ''}
      </p>
    </>
  );
}
