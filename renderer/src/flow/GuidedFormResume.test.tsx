// @vitest-environment jsdom
import type { Field, Module } from '@modulo/form-model';
import { compile, validateSubmission } from '@modulo/form-model';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryApi } from '../api/memoryApi';
import { cleanup, click, render, type } from '../testing/render';
import { moduleOf } from '../testing/moduleOf';
import { GuidedForm } from './GuidedForm';

afterEach(cleanup);

const text = (id: string): Field => ({ id, kind: 'short-text', label: { it: id }, required: true }) as Field;
const module: Module = {
  ...moduleOf([]),
  id: 'tre-passi',
  steps: [
    { id: 'chi', title: { it: 'Chi sei' }, fields: [text('nome')] },
    { id: 'cosa', title: { it: 'Che cosa chiedi' }, fields: [text('motivo')] },
    { id: 'dove', title: { it: 'Dove' }, fields: [text('via')] },
  ],
};
const props = (api: ReturnType<typeof memoryApi>) => ({
  module,
  compiled: compile(module),
  validator: (a: Record<string, unknown>) => validateSubmission(module, a),
  ente: 'c_x',
  api,
});
const byText = (root: HTMLElement, label: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === label)!;
const heading = (root: HTMLElement) => root.querySelector('h2')!.textContent;

describe('GuidedForm: a draft resumes where it was saved', () => {
  it('stores the step of "Salva e continua più tardi" with the draft and reopens that step', async () => {
    const api = memoryApi({ modules: [module] });
    const first = await render(
      <GuidedForm {...props(api)} initial={{ phase: 'step', step: 2, answers: { nome: 'Anna' } }} />,
    );
    expect(heading(first.container)).toBe('Dove');
    await type(first.container.querySelector<HTMLInputElement>('#modulo-tre-passi_via')!, 'Via Roma');
    await click(byText(first.container, 'Salva e continua più tardi'));
    const draft = api.drafts.get('c_x/tre-passi')!;
    expect(draft).toMatchObject({ step: 'dove', answers: { nome: 'Anna', via: 'Via Roma' } });
    first.unmount();
    // "motivo" (step 2) is still missing: without the step the draft would open "Che cosa chiedi".
    const { container } = await render(<GuidedForm {...props(api)} draft={draft} />);
    await click(byText(container, 'Riprendi la bozza'));
    expect(heading(container)).toBe('Dove');
    expect(container.querySelector<HTMLInputElement>('#modulo-tre-passi_via')!.value).toBe('Via Roma');
  });

  it('opens the first incomplete step when the saved one is gone, and says so', async () => {
    const api = memoryApi({ modules: [module] });
    const gone = {
      path: '',
      code: 'step_removed',
      message:
        'Il passo «Allegati», dove avevi salvato la bozza, non c’è più: riprendi dal primo da completare.',
      messageEn: 'The step “Attachments”, where you saved the draft, is gone.',
    };
    const draft = { version: '1.0.0', answers: { nome: 'Anna' }, dropped: [gone] };
    const it = await render(<GuidedForm {...props(api)} draft={draft} />);
    expect(it.container.textContent).toContain(
      'Il passo «Allegati», dove avevi salvato la bozza, non c’è più',
    );
    await click(byText(it.container, 'Riprendi la bozza'));
    expect(heading(it.container)).toBe('Che cosa chiedi');
    it.unmount();
    const en = await render(<GuidedForm {...props(api)} draft={draft} lang="en" />);
    expect(en.container.textContent).toContain('The step “Attachments”, where you saved the draft, is gone.');
  });
});
