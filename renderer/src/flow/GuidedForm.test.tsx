// @vitest-environment jsdom
import { compile, validateSubmission } from '@modulo/form-model';
import { describe, expect, it } from 'vitest';
import { memoryApi } from '../api/memoryApi';
import type { AnswerValidator } from '../model/AnswerValidator';
import { click, render, type } from '../testing/render';
import { SAMPLE_IDENTITY, sampleModule } from '../testing/sampleModules';
import { GuidedForm } from './GuidedForm';

const module = sampleModule('disservizio');
const validator: AnswerValidator = (answers) => validateSubmission(module, answers);

const button = (root: HTMLElement, name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === name)!;

describe('GuidedForm', () => {
  it('files a whole module: privacy, prefilled applicant, a condition, errors, summary, confirmation', async () => {
    // Another service of the same office, and one of another office.
    const sibling = { ...module, id: 'altro-servizio', title: { it: 'Altro servizio dell’ufficio' } };
    const stranger = {
      ...sampleModule('mensa'),
      procedure: {
        ...module.procedure,
        office: { ...module.procedure.office, name: { it: 'Altro ufficio' } },
      },
    };
    const api = memoryApi({ modules: [module, sibling, stranger], identity: SAMPLE_IDENTITY });
    const { container } = await render(
      <GuidedForm
        module={module}
        compiled={compile(module)}
        validator={validator}
        ente="c_h501"
        api={api}
        identity={SAMPLE_IDENTITY}
      />,
    );
    expect(container.querySelector('h2')!.textContent).toBe('Informativa sul trattamento dei dati personali');
    await click(button(container, 'Avanti'));
    expect(container.querySelector('[role=alert]')!.textContent).toContain('informativa');
    await click(container.querySelector('input[type=checkbox]')!);
    await click(button(container, 'Avanti'));

    const cf = container.querySelector<HTMLInputElement>('#modulo-segnalazione-disservizio_codiceFiscale')!;
    expect(cf.value).toBe('RSSMRA85T10A562S');
    expect(cf.readOnly).toBe(true);
    const email = container.querySelector<HTMLInputElement>('#modulo-segnalazione-disservizio_email')!;
    expect(email.value).toBe('mario.rossi@example.it');
    expect(email.readOnly).toBe(false);
    await click(button(container, 'Avanti'));
    expect(container.querySelector('h2')!.textContent).toBe('Il problema');

    await click(button(container, 'Avanti'));
    const summary = container.querySelector('.modulo-error-summary')!;
    expect(summary.getAttribute('role')).toBe('alert');
    expect(summary.textContent).toContain('obbligatorio');
    const categoria = container.querySelector('#modulo-segnalazione-disservizio_categoria')!;
    expect(categoria.getAttribute('aria-invalid')).toBe('true');
    expect(categoria.getAttribute('aria-describedby')).toContain(
      'modulo-segnalazione-disservizio_categoria__error',
    );

    expect(container.querySelector('#modulo-segnalazione-disservizio_luogo')).toBeNull();
    await click(container.querySelector('#modulo-segnalazione-disservizio_comune-0')!);
    const strade = container.querySelector<HTMLInputElement>('#modulo-segnalazione-disservizio_categoria-0')!;
    await click(strade);
    const luogo = container.querySelector<HTMLInputElement>('#modulo-segnalazione-disservizio_luogo')!;
    expect(luogo).not.toBeNull();
    luogo.focus();
    await type(luogo, 'Via Roma 1');
    expect(document.activeElement).toBe(container.querySelector('#modulo-segnalazione-disservizio_luogo'));
    await type(
      container.querySelector<HTMLInputElement>('#modulo-segnalazione-disservizio_dataProblema')!,
      '2026-11-30',
    );
    await type(
      container.querySelector<HTMLTextAreaElement>('#modulo-segnalazione-disservizio_descrizione')!,
      'Buca profonda',
    );
    await click(container.querySelector('#modulo-segnalazione-disservizio_vuoiRisposta-0')!);
    await click(button(container, 'Avanti'));
    expect(container.querySelector('h2')!.textContent).toBe('Dichiarazioni e privacy');
    await click(container.querySelector('#modulo-segnalazione-disservizio_privacy')!);
    await click(button(container, 'Avanti'));

    expect(container.querySelector('.modulo-error-summary')?.textContent ?? '').toBe('');
    expect(container.querySelector('h2')!.textContent).toBe('Riepilogo');
    expect(container.textContent).toContain('Le informazioni che hai fornito hanno valore di dichiarazione');
    expect(container.textContent).toContain('Via Roma 1');
    await click(button(container, 'Invia la richiesta'));
    expect(container.querySelector('h2')!.textContent).toBe('Richiesta inviata');
    expect(container.textContent).toContain('PR-2026-00001');
    expect(container.querySelector('[data-element=feedback]')).not.toBeNull();
    expect(container.textContent).toContain('mario.rossi@example.it');
    const related = [...container.querySelectorAll('[data-element="related-services"] a')];
    expect(related.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Altro servizio dell’ufficio', '/entes/c_h501/modules/altro-servizio'],
    ]);
    const body = api.submitted[0] as { answers: Record<string, unknown> };
    expect(body.answers.luogo).toBe('Via Roma 1');
    expect(validateSubmission(module, body.answers)).toEqual([]);

    // The rating goes to the API under the pratica's code.
    await click(container.querySelector('[data-element="feedback-rate-5"]')!);
    await click(container.querySelector('#modulo-rating-a0')!);
    await click(button(container, 'Avanti'));
    await click(button(container, 'Invia'));
    expect(api.ratings.get('PR-2026-00001')).toEqual({ score: 5, followUp: 'clear-instructions' });
    expect(container.querySelector('[data-element="feedback-rating-thanks"]')).not.toBeNull();
  });
});
