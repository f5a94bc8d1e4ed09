import type { Module } from '@modulo/form-model';
import type { RefObject } from 'react';
import { forwardRef } from 'react';
import { messages } from '../messages';
import { text } from '../model/modelAdapter';
import { ErrorSummary } from './ErrorSummary';

export interface PrivacyScreenProps {
  module: Module;
  lang: string;
  idPrefix: string;
  consent: boolean;
  /** The citizen tried to go on without consenting. */
  showError: boolean;
  summaryRef: RefObject<HTMLDivElement | null>;
  onConsent(consent: boolean): void;
  onSubmit(): void;
}

/** The privacy notice and the consent that opens the filing (Designers Italia's first step). */
export const PrivacyScreen = forwardRef<HTMLHeadingElement, PrivacyScreenProps>(
  function PrivacyScreen(props, ref) {
    const { module, lang, idPrefix, consent } = props;
    const t = messages(lang);
    const invalid = props.showError && !consent;
    const office = module.procedure.office;
    return (
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          props.onSubmit();
        }}
      >
        <h2 ref={ref} tabIndex={-1} className="modulo-step-title">
          {t.privacyTitle}
        </h2>
        {invalid ? (
          <ErrorSummary
            ref={props.summaryRef}
            errors={[
              {
                path: '/privacy-notice',
                code: 'consent_required',
                message: t.privacyRequired,
                messageEn: t.privacyRequired,
              },
            ]}
            lang={lang}
            idPrefix={`${idPrefix}-p`}
          />
        ) : null}
        <p>{text(module.procedure.description, lang)}</p>
        <p>
          {text(office.name, lang)}
          {office.email ? (
            <>
              {' '}
              · <a href={`mailto:${office.email}`}>{office.email}</a>
            </>
          ) : null}
        </p>
        <div className="form-check modulo-consent">
          <input
            type="checkbox"
            id={`${idPrefix}-p_privacy-notice`}
            checked={consent}
            required
            aria-required
            aria-invalid={invalid ? true : undefined}
            aria-describedby={invalid ? `${idPrefix}-p-errors-title` : undefined}
            onChange={(e) => props.onConsent(e.target.checked)}
          />
          <label htmlFor={`${idPrefix}-p_privacy-notice`}>
            {t.privacyConsent}
            <span aria-hidden="true"> *</span>
          </label>
        </div>
        <div className="modulo-nav">
          <button type="submit" className="btn btn-primary">
            {t.next}
          </button>
        </div>
      </form>
    );
  },
);
