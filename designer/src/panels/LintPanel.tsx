import { useDeferredValue, useMemo } from 'react';
import type { LintFinding, Module } from '@modulo/form-model';
import { findField, lintModule } from '@modulo/form-model';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/useT';
import type { Selection } from '../state/Selection';

/** Where a finding points: a field or step to select, or the procedure panel. */
export function findingTarget(module: Module, finding: LintFinding): Selection | undefined {
  if (finding.subject.startsWith('procedure')) return { kind: 'procedure' };
  if (findField(module, finding.subject)) return { kind: 'field', id: finding.subject };
  if (module.steps.some((s) => s.id === finding.subject)) return { kind: 'step', id: finding.subject };
  return undefined;
}

export interface LintPanelProps {
  module: Module;
  onSelect(selection: Selection): void;
}

/**
 * `lintModule` findings as the user edits (computed a beat behind typing), errors first; each
 * finding is a button that selects its field, step or the procedure.
 */
export function LintPanel({ module, onSelect }: LintPanelProps) {
  const t = useT();
  const deferred = useDeferredValue(module);
  const findings = useMemo(() => lintModule(deferred), [deferred]);
  const count = (s: LintFinding['severity']) => findings.filter((f) => f.severity === s).length;
  return (
    <section aria-labelledby="lint-title" className="modulo-lint">
      <h2 id="lint-title">{t('lint.title')}</h2>
      <p role="status">
        {t('lint.summary', { errors: count('error'), warnings: count('warning'), infos: count('info') })}
      </p>
      {findings.length === 0 ? (
        <p>{t('lint.none')}</p>
      ) : (
        <ul>
          {findings.map((f, i) => {
            const target = findingTarget(deferred, f);
            const text = (
              <>
                <strong className={`modulo-sev-${f.severity}`}>
                  {t(`lint.${f.severity}` as MessageKey)}
                </strong>{' '}
                {f.message} <code>{f.subject}</code>
              </>
            );
            return (
              <li key={`${f.code}:${f.path}:${i}`} data-code={f.code}>
                {target ? (
                  <button type="button" className="modulo-link" onClick={() => onSelect(target)}>
                    {text}
                  </button>
                ) : (
                  text
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
