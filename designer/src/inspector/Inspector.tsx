import { findField } from '@modulo/form-model';
import type { Directory } from '../api/DesignerApi';
import { useT } from '../i18n/useT';
import { useDesigner, useDesignerHandle } from '../state/useDesigner';
import { FieldInspector } from './FieldInspector';
import { ProcedurePanel } from './ProcedurePanel';
import { StepInspector } from './StepInspector';

/** The right-hand panel: the inspector of what is selected. */
export function Inspector({ directory }: { directory?: Directory }) {
  const t = useT();
  const { commands } = useDesignerHandle();
  const module = useDesigner((s) => s.module);
  const selection = useDesigner((s) => s.selection);
  if (selection.kind === 'field') {
    const field = findField(module, selection.id)?.field;
    if (field) return <FieldInspector key={field.id} module={module} field={field} commands={commands} />;
  }
  if (selection.kind === 'step') {
    const step = module.steps.find((s) => s.id === selection.id);
    if (step) return <StepInspector key={step.id} module={module} step={step} commands={commands} />;
  }
  if (selection.kind === 'procedure')
    return <ProcedurePanel module={module} commands={commands} directory={directory} />;
  return <p>{t('inspector.none')}</p>;
}
