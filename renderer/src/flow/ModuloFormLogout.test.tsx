// @vitest-environment jsdom
import { validateSubmission } from '@modulo/form-model';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryApi } from '../api/memoryApi';
import { cleanup, click, render } from '../testing/render';
import { SAMPLE_IDENTITY, sampleModule } from '../testing/sampleModules';
import { ModuloForm } from './ModuloForm';

afterEach(cleanup);

const module = sampleModule('disservizio');

/** Lets the form's loading promises settle. */
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
/** The form of `module` on `api` (with its login, if it has one), in `lang`. */
const renderForm = (api: ReturnType<typeof memoryApi>, lang?: string) =>
  render(
    <ModuloForm
      api={api}
      ente="c_h501"
      modulo={module.id}
      {...(lang ? { lang } : {})}
      validator={(a) => validateSubmission(module, a)}
    />,
  );
const button = (root: HTMLElement, name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === name);

describe('ModuloForm: logging out', () => {
  it('"Esci" ends the session through the API and shows the login again', async () => {
    expect(module.procedure.loginLevel).not.toBe('none');
    const api = memoryApi({ modules: [module], identity: SAMPLE_IDENTITY });
    const { container } = await renderForm(api);
    await settle();
    expect(container.querySelector('.modulo-session')!.textContent).toContain(
      'Hai effettuato l’accesso come Mario Rossi',
    );
    await click(button(container, 'Esci')!);
    await settle();
    await expect(api.me()).resolves.toBeNull();
    expect(container.querySelector('.modulo-session')).toBeNull();
    expect(container.querySelector('a.btn-primary')!.textContent).toBe('Accedi con SPID o CIE');
    // "Esci" is gone: focus goes on to the login, not to the page's start.
    expect(document.activeElement).toBe(container.querySelector('a.btn-primary'));
  });

  it('says so, in the page language, when the server does not answer, and keeps the form', async () => {
    const api = memoryApi({ modules: [module], identity: SAMPLE_IDENTITY });
    api.logout = () => Promise.reject(new Error('offline'));
    const { container } = await renderForm(api, 'en');
    await settle();
    await click(button(container, 'Log out')!);
    await settle();
    expect(container.querySelector('[role=alert]')!.textContent).toBe(
      'Logging out did not succeed. Please try again.',
    );
    expect(container.querySelector('.modulo-session')!.textContent).toContain('Logged in as Mario Rossi');
  });
});

describe('ModuloForm: a refused login', () => {
  it.each([
    [
      'it',
      'il codice di accesso è scaduto (vale un minuto). Accedi di nuovo: le bozze salvate restano disponibili.',
      'Accedi con SPID o CIE',
    ],
    [
      'en',
      'the login code expired (it lasts one minute). Please log in again: your saved drafts are kept.',
      'Log in with SPID or CIE',
    ],
  ])('(%s) says the login code expired, in an alert above the login', async (lang, said, login) => {
    const api = memoryApi({ modules: [module] });
    api.loginRefused = async () => 'handover_expired';
    const { container } = await renderForm(api, lang);
    await settle();
    const alert = container.querySelector('[data-element="login-refused"]')!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain(said);
    expect(container.querySelector('a.btn-primary')!.textContent).toBe(login);
  });

  it('says nothing of a refusal when the login simply has not happened', async () => {
    const api = memoryApi({ modules: [module] });
    const { container } = await renderForm(api);
    await settle();
    expect(container.querySelector('a.btn-primary')!.textContent).toBe('Accedi con SPID o CIE');
    expect(container.querySelector('[role=alert]')).toBeNull();
  });
});
