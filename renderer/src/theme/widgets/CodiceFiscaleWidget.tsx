import { codiceFiscaleCheckLetter, isCodiceFiscale, isPartitaIva } from '@modulo/form-model';
import type { WidgetProps } from '@rjsf/utils';
import { messages } from '../../messages';
import { themeContext } from '../formContext';
import { controlProps } from './describedBy';

/**
 * What the citizen reads under a codice fiscale while typing: nothing until 16 characters,
 * then whether the check letter matches (DOMAIN.md, "Codice fiscale check letter").
 */
export function codiceFiscaleHint(value: string, lang: string): { ok: boolean; text: string } | undefined {
  const t = messages(lang);
  if (/^\d{11}$/.test(value)) return isPartitaIva(value) ? { ok: true, text: t.cfOk } : undefined;
  if (value.length !== 16) return undefined;
  if (isCodiceFiscale(value)) return { ok: true, text: t.cfOk };
  const expected = /^[A-Z0-9]{15}/.test(value) ? codiceFiscaleCheckLetter(value.slice(0, 15)) : undefined;
  return expected ? { ok: false, text: t.cfCheck(expected) } : undefined;
}

/** Codice fiscale: upper case, no spaces, live check-letter message (polite live region). */
export function CodiceFiscaleWidget(props: WidgetProps) {
  const { lang } = themeContext(props.registry.formContext);
  const value = typeof props.value === 'string' ? props.value : '';
  const hint = codiceFiscaleHint(value, lang);
  const hintId = `${props.id}__check`;
  return (
    <>
      <input
        {...controlProps(props, hint && hintId)}
        type="text"
        className={`form-control modulo-input-code${props.rawErrors?.length ? ' is-invalid' : ''}`}
        value={value}
        maxLength={16}
        spellCheck={false}
        autoCapitalize="characters"
        onChange={(e) => {
          const next = e.target.value.toUpperCase().replace(/\s/g, '');
          props.onChange(next === '' ? undefined : next);
        }}
      />
      <p
        id={hintId}
        className={`modulo-hint${hint ? (hint.ok ? ' modulo-hint--ok' : ' modulo-hint--warn') : ''}`}
        aria-live="polite"
      >
        {hint?.text ?? ''}
      </p>
    </>
  );
}
