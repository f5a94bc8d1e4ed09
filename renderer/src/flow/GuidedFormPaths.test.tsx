// @vitest-environment jsdom
import type { Module } from '@modulo/form-model';
import { compile, validateSubmission } from '@modulo/form-model';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api/ModuloApi';
import { memoryApi } from '../api/memoryApi';
import { cleanup, click, render, type } from '../testing/render';
import { moduleOf } from '../testing/moduleOf';
import { GuidedForm } from './GuidedForm';

afterEach(cleanup);

const base = moduleOf([
  { id: 'residente', kind: 'yes-no', label: { it: 'Risiedi nel Comune?' }, required: true },
  {
    id: 'bambini',
    kind: 'number',
    label: { it: 'Quanti bambini?' },
    required: true,
    props: { integer: true, min: 0 },
  },
  { id: 'nome', kind: 'short-text', label: { it: 'Nome' }, required: true },
]);
const module: Module = {
  ...base,
  id: 'percorsi',
  steps: [
    {
      ...base.steps[0]!,
      exits: [
        {
          id: 'non-residente',
          when: { field: 'residente', op: 'equals', value: false },
          title: { it: 'Il servizio è per i residenti' },
          message: { it: 'Rivolgiti al Comune in cui risiedi.' },
        },
      ],
    },
  ],
  procedure: {
    ...base.procedure,
    fees: [
      {
        id: 'quota',
        label: { it: 'Quota per bambino' },
        method: 'pagopa',
        lines: [{ id: 'b', label: { it: 'Bambini' }, cents: 2500, factors: [{ field: 'bambini' }] }],
      },
      { id: 'bollo', label: { it: 'Marca da bollo' }, method: 'bollo', amountCents: 1600 },
    ],
  },
};
const props = (api = memoryApi({ modules: [module] })) => ({
  module,
  compiled: compile(module),
  validator: (a: Record<string, unknown>) => validateSubmission(module, a),
  ente: 'c_x',
  api,
  initial: { phase: 'step' as const, step: 0 },
});
const byText = (root: HTMLElement, text: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === text)!;

describe('GuidedForm paths', () => {
  it('computes fees live from the answers', async () => {
    const { container } = await render(<GuidedForm {...props()} />);
    expect(container.querySelector('.modulo-fees__total dd')!.textContent).toBe('€ 16,00');
    await type(container.querySelector<HTMLInputElement>('#modulo-percorsi_bambini')!, '3');
    expect(container.querySelector('.modulo-fees__total dd')!.textContent).toBe('€ 91,00');
  });

  it('stops at the exit page when an answer makes the procedure not for the citizen', async () => {
    const { container } = await render(<GuidedForm {...props()} />);
    await click(container.querySelector('#modulo-percorsi_residente-1')!);
    await click(byText(container, 'Avanti'));
    expect(container.querySelector('h2')!.textContent).toBe('Il servizio è per i residenti');
    expect(container.querySelector('[data-element=exit]')!.textContent).toContain('Rivolgiti al Comune');
    await click(byText(container, 'Torna indietro e modifica la risposta'));
    expect(container.querySelector('h2')!.textContent).toBe('Passo');
  });

  it('saves a draft on "Salva e continua più tardi" and offers it back, saying what was dropped', async () => {
    const api = memoryApi({ modules: [module] });
    const first = await render(<GuidedForm {...props(api)} />);
    await type(first.container.querySelector<HTMLInputElement>('#modulo-percorsi_nome')!, 'Anna');
    await click(byText(first.container, 'Salva e continua più tardi'));
    expect(first.container.querySelector('[role=status]')!.textContent).toContain('Bozza salvata');
    const draft = api.drafts.get('c_x/percorsi')!;
    expect(draft.answers).toEqual({ nome: 'Anna' });
    first.unmount();
    const dropped = [{ path: '/vecchio', code: 'field_removed', message: '«Vecchio campo»: non c’è più.' }];
    const { container } = await render(
      <GuidedForm {...props(api)} initial={undefined} draft={{ ...draft, dropped }} />,
    );
    expect(container.querySelector('h2')!.textContent).toBe('Hai una richiesta in sospeso');
    expect(container.textContent).toContain('«Vecchio campo»: non c’è più.');
    await click(byText(container, 'Riprendi la bozza'));
    expect(container.querySelector<HTMLInputElement>('#modulo-percorsi_nome')!.value).toBe('Anna');
  });

  // Validation errors point into the answers; request-schema errors (400) into the request body.
  it.each([
    [422, '/nome'],
    [400, '/answers/nome'],
  ])("puts the server's %i errors back on their fields (%s)", async (status, path) => {
    const api = memoryApi({ modules: [module] });
    api.submit = async () => {
      throw new ApiError(status, 'invalid_submission', 'Dati non validi', [
        {
          code: 'invalid_format',
          path,
          message: 'Il nome contiene caratteri non ammessi.',
          messageEn: 'Bad name.',
        },
      ]);
    };
    const { container } = await render(
      <GuidedForm
        {...props(api)}
        initial={{ phase: 'summary', answers: { residente: true, bambini: 1, nome: 'Anna' } }}
      />,
    );
    await click(byText(container, 'Invia la richiesta'));
    expect(container.querySelector('h2')!.textContent).toBe('Passo');
    expect(container.querySelector('#modulo-percorsi_nome__error')!.textContent).toBe(
      'Il nome contiene caratteri non ammessi.',
    );
    expect(container.querySelector('#modulo-percorsi_nome')!.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('.modulo-error-summary a')!.getAttribute('href')).toBe(
      '#modulo-percorsi_nome',
    );
  });
});
