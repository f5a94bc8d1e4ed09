import { useMemo } from 'react';
import type { Module } from '@modulo/form-model';
import { ruleReaders } from '../canvas/ruleReaders';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/useT';

const RULE_NAMES: Record<string, MessageKey> = {
  visibility: 'rules.visibility',
  requiredWhen: 'rules.requiredWhen',
  exit: 'rules.exit',
  routing: 'rules.routing',
  fee: 'rules.fee',
};

/** "Each field shows which rules read it": the rules naming this field, by kind and owner. */
export function RuleReadersList({ module, fieldId }: { module: Module; fieldId: string }) {
  const t = useT();
  const readers = useMemo(() => ruleReaders(module).get(fieldId) ?? [], [module, fieldId]);
  return (
    <section aria-labelledby={`readers-${fieldId}`} className="modulo-readers-list">
      <h3 id={`readers-${fieldId}`}>{t('rules.readers')}</h3>
      {readers.length === 0 ? (
        <p>{t('rules.noReaders')}</p>
      ) : (
        <ul>
          {readers.map((r, i) => (
            <li key={i}>
              {t(RULE_NAMES[r.rule]!)}: <code>{r.owner}</code>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
