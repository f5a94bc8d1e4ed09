import type { Fee, FeeLine, Module } from '@modulo/form-model';
import { getFieldKind, walkFields } from '@modulo/form-model';
import { useT } from '../i18n/useT';
import { ConditionEditor } from '../rules/ConditionEditor';
import { SelectInput, TextInput } from './TextInput';

const euro = (cents: number | undefined) => (cents === undefined ? '' : (cents / 100).toFixed(2));
const cents = (text: string) => {
  const n = Number(text.replace(',', '.'));
  return text.trim() === '' || !Number.isFinite(n) ? undefined : Math.round(n * 100);
};

/**
 * The procedure's fees: a fixed amount, or (format 3) a sum of lines computed from the answers,
 * each `amount × numeric answers`, applied when its rule holds. `computeFees` does the sums.
 */
export function FeesEditor({
  module,
  fees,
  onChange,
}: {
  module: Module;
  fees: Fee[];
  onChange(next: Fee[]): unknown;
}) {
  const t = useT();
  const set = (i: number, patch: Partial<Fee>) =>
    onChange(fees.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  const numeric = walkFields(module)
    .map((l) => l.field)
    .filter((f) => ['number', 'amount', 'repeatable'].includes(getFieldKind(f.kind)?.kind ?? ''));
  return (
    <fieldset>
      <legend>{t('procedure.fees')}</legend>
      <ol>
        {fees.map((fee, i) => (
          <li key={i}>
            <TextInput
              label={`${t('inspector.label')} ${i + 1}`}
              value={fee.label.it}
              onChange={(v) => set(i, { label: { ...fee.label, it: v } })}
            />
            <TextInput
              label={`${t('fees.amount')} ${i + 1}`}
              type="number"
              value={euro(fee.amountCents)}
              onChange={(v) => set(i, { amountCents: cents(v) })}
            />
            <SelectInput
              label={`${t('fees.method')} ${i + 1}`}
              value={fee.method}
              options={[
                { value: 'pagopa', label: 'pagoPA' },
                { value: 'bollo', label: t('fees.bollo') },
              ]}
              onChange={(v) => set(i, { method: v as Fee['method'] })}
            />
            <FeeLines
              module={module}
              lines={fee.lines ?? []}
              numeric={numeric.map((f) => ({ id: f.id, list: f.kind === 'repeatable' }))}
              onChange={(lines) => set(i, { lines: lines.length > 0 ? lines : undefined })}
            />
            <button type="button" onClick={() => onChange(fees.filter((_, j) => j !== i))}>
              {t('canvas.remove')} <span className="modulo-sr">{fee.label.it}</span>
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() =>
          onChange([
            ...fees,
            {
              id: `costo${fees.length + 1}`,
              label: { it: `Costo ${fees.length + 1}` },
              amountCents: 1600,
              method: 'bollo',
            },
          ])
        }
      >
        {t('fees.add')}
      </button>
    </fieldset>
  );
}

function FeeLines({
  module,
  lines,
  numeric,
  onChange,
}: {
  module: Module;
  lines: FeeLine[];
  numeric: { id: string; list: boolean }[];
  onChange(next: FeeLine[]): unknown;
}) {
  const t = useT();
  const set = (i: number, patch: Partial<FeeLine>) =>
    onChange(lines.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  return (
    <fieldset>
      <legend>{t('fees.lines')}</legend>
      <ol>
        {lines.map((line, i) => {
          const factor = line.factors?.[0];
          const factorId = factor ? ('field' in factor ? factor.field : factor.countOf) : '';
          return (
            <li key={i}>
              <TextInput
                label={`${t('fees.lineLabel')} ${i + 1}`}
                value={line.label.it}
                onChange={(v) => set(i, { label: { it: v } })}
              />
              <TextInput
                label={`${t('fees.unit')} ${i + 1}`}
                type="number"
                value={euro(line.cents)}
                onChange={(v) => set(i, { cents: cents(v) ?? 0 })}
              />
              <SelectInput
                label={`${t('fees.times')} ${i + 1}`}
                value={factorId}
                options={[
                  { value: '', label: t('fees.fixed') },
                  ...numeric.map((n) => ({ value: n.id, label: n.id })),
                ]}
                onChange={(v) => {
                  const n = numeric.find((x) => x.id === v);
                  set(i, { factors: n ? [n.list ? { countOf: n.id } : { field: n.id }] : undefined });
                }}
              />
              <ConditionEditor
                title={t('rules.fee')}
                module={module}
                condition={line.when}
                onApply={(when) => {
                  const r = onChange(lines.map((l, j) => (j === i ? { ...l, when } : l)));
                  return (r as { ok: boolean } | undefined)?.ok === false
                    ? (r as never)
                    : { ok: true, value: undefined };
                }}
              />
              <button type="button" onClick={() => onChange(lines.filter((_, j) => j !== i))}>
                {t('canvas.remove')} <span className="modulo-sr">{line.label.it}</span>
              </button>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        onClick={() =>
          onChange([
            ...lines,
            { id: `riga${lines.length + 1}`, label: { it: `Voce ${lines.length + 1}` }, cents: 100 },
          ])
        }
      >
        {t('fees.addLine')}
      </button>
    </fieldset>
  );
}
