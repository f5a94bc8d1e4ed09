import type { Exit, Module } from '@modulo/form-model';
import { getFieldKind } from '@modulo/form-model';
import { useT } from '../i18n/useT';
import { TextInput } from '../inspector/TextInput';
import type { DesignerCommands } from '../state/designerCommands';
import { ConditionEditor } from './ConditionEditor';

export interface ExitsEditorProps {
  module: Module;
  /** The step whose exits these are; absent: the exits of the whole module. */
  stepId?: string;
  commands: DesignerCommands;
}

/**
 * Eligibility exits (format 3): "when … the procedure is not for you", with the explanation
 * and an optional link elsewhere. Each edit is one model operation (`addExit`, `setExit`,
 * `removeExit`); a rule on a later or deleted field is refused with the model's reason.
 */
export function ExitsEditor({ module, stepId, commands }: ExitsEditorProps) {
  const t = useT();
  const step = stepId === undefined ? undefined : module.steps.find((s) => s.id === stepId);
  const exits = (stepId === undefined ? module.exits : step?.exits) ?? [];
  const first = readableFields(module, stepId)[0];
  const set = (exit: Exit, patch: Partial<Exit>) => commands.setExit(exit.id, { ...exit, ...patch });
  const add = () => {
    const taken = new Set(
      [...(module.exits ?? []), ...module.steps.flatMap((s) => s.exits ?? [])].map((e) => e.id),
    );
    let n = 1;
    while (taken.has(`uscita${n}`)) n++;
    commands.addExit({
      ...(stepId === undefined ? {} : { stepId }),
      exit: {
        id: `uscita${n}`,
        when: { field: first!.id, op: 'answered' },
        title: { it: t('exits.defaultTitle') },
        message: { it: t('exits.defaultMessage') },
      },
    });
  };
  return (
    <fieldset className="modulo-exits">
      <legend>{t('exits.title')}</legend>
      <p className="modulo-hint">{t('exits.hint')}</p>
      <ol>
        {exits.map((exit, i) => (
          <li key={exit.id} data-exit-id={exit.id}>
            <TextInput
              label={`${t('exits.exitTitle')} ${i + 1}`}
              value={exit.title.it}
              onChange={(v) => set(exit, { title: { ...exit.title, it: v } })}
            />
            <TextInput
              label={`${t('exits.message')} ${i + 1}`}
              multiline
              value={exit.message.it}
              onChange={(v) => set(exit, { message: { ...exit.message, it: v } })}
            />
            <TextInput
              label={`${t('exits.linkUrl')} ${i + 1}`}
              type="url"
              hint={t('exits.linkHint')}
              value={exit.link?.url ?? ''}
              onChange={(url) => {
                const { link: _old, ...rest } = exit;
                commands.setExit(
                  exit.id,
                  url.trim() === ''
                    ? rest
                    : {
                        ...rest,
                        link: { url, label: exit.link?.label ?? { it: t('exits.linkLabelDefault') } },
                      },
                );
              }}
            />
            {exit.link && (
              <TextInput
                label={`${t('exits.linkLabel')} ${i + 1}`}
                value={exit.link.label.it}
                onChange={(v) => set(exit, { link: { url: exit.link!.url, label: { it: v } } })}
              />
            )}
            <ConditionEditor
              title={`${t('rules.exit')} (${i + 1})`}
              module={module}
              condition={exit.when}
              onApply={(when) =>
                when ? commands.setExit(exit.id, { ...exit, when }) : commands.removeExit(exit.id)
              }
            />
            <button type="button" onClick={() => commands.removeExit(exit.id)}>
              {t('exits.remove')} {i + 1}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" disabled={!first} onClick={add}>
        {t('exits.add')}
      </button>
    </fieldset>
  );
}

/** Top-level fields holding an answer that an exit here may read: up to its step, or any. */
function readableFields(module: Module, stepId: string | undefined) {
  const upTo =
    stepId === undefined ? module.steps.length - 1 : module.steps.findIndex((s) => s.id === stepId);
  return module.steps
    .slice(0, upTo + 1)
    .flatMap((s) => s.fields)
    .filter((f) => getFieldKind(f.kind)?.hasValue !== false && !getFieldKind(f.kind)?.container);
}
