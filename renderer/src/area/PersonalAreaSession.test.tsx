// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api/ModuloApi';
import { memoryApi } from '../api/memoryApi';
import { cleanup, click, render } from '../testing/render';
import { SAMPLE_IDENTITY } from '../testing/sampleModules';
import { PersonalArea } from './PersonalArea';
import { INTEGRATION_PRATICA } from './samplePratiche';

afterEach(cleanup);

const settle = () => act(async () => new Promise((r) => setTimeout(r, 0)));
const button = (root: HTMLElement, name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === name);
const row = {
  code: INTEGRATION_PRATICA.code,
  title: 'Contributo',
  status: 'integration_requested',
  filedAt: '2026-11-02',
};

describe('PersonalArea: the session', () => {
  it.each([
    ['it', 'Esci', 'Hai effettuato l’accesso come Mario Rossi', 'Accedi con SPID o CIE', 'Le mie pratiche'],
    ['en', 'Log out', 'Logged in as Mario Rossi', 'Log in with SPID or CIE', 'My applications'],
  ])(
    '(%s) says who is logged in, and "%s" ends the session and shows the login, focused',
    async (lang, esci, who, login, title) => {
      const api = memoryApi({ identity: SAMPLE_IDENTITY, pratiche: [row] });
      const { container } = await render(<PersonalArea api={api} lang={lang} ente="montebello" />);
      await settle();
      expect(container.querySelector('.modulo-session')!.textContent).toContain(who);
      const out = button(container, esci)!;
      // A real button, in the tab order.
      expect(out.getAttribute('type')).toBe('button');
      expect(out.tabIndex).toBe(0);
      await click(out);
      await settle();
      await expect(api.me()).resolves.toBeNull();
      expect(container.querySelector('.modulo-session')).toBeNull();
      expect(container.querySelector(`[data-code]`)).toBeNull();
      expect(container.querySelector('h1')!.textContent).toBe(title);
      const link = container.querySelector<HTMLAnchorElement>('a.btn-primary')!;
      expect(link.textContent).toBe(login);
      expect(document.activeElement).toBe(link);
      // The ente vouches for the return to this page.
      expect(new URL(link.href, 'http://x').searchParams.get('ente')).toBe('montebello');
      expect(new URL(link.href, 'http://x').searchParams.get('returnTo')).toBe(location.href);
    },
  );

  it('offers "Esci" on an open pratica too', async () => {
    const api = memoryApi({ identity: SAMPLE_IDENTITY, pratiche: [row], details: [INTEGRATION_PRATICA] });
    const { container } = await render(<PersonalArea api={api} />);
    await settle();
    await click(container.querySelector(`button[data-code="${INTEGRATION_PRATICA.code}"]`)!);
    await settle();
    expect(container.querySelector('[data-element="pratica"]')).not.toBeNull();
    await click(button(container, 'Esci')!);
    await settle();
    expect(container.querySelector('[data-element="pratica"]')).toBeNull();
    expect(container.querySelector('a.btn-primary')!.textContent).toBe('Accedi con SPID o CIE');
  });

  it('says so, and keeps the list, when the server does not answer the logout', async () => {
    const api = memoryApi({ identity: SAMPLE_IDENTITY, pratiche: [row] });
    api.logout = () => Promise.reject(new Error('offline'));
    const { container } = await render(<PersonalArea api={api} />);
    await settle();
    await click(button(container, 'Esci')!);
    await settle();
    expect(container.querySelector('[role=alert]')!.textContent).toBe(
      'Non è stato possibile uscire dal servizio. Riprova.',
    );
    expect(container.querySelector(`[data-code="${row.code}"]`)).not.toBeNull();
  });

  it('asks to log in, without "Esci", when there is no session (401), saying why a login code was refused', async () => {
    const api = memoryApi();
    api.myPratiche = () => Promise.reject(new ApiError(401, 'unauthenticated', 'Accedi.'));
    api.loginRefused = async () => 'handover_expired';
    const { container } = await render(<PersonalArea api={api} />);
    await settle();
    expect(container.querySelector('.modulo-session')).toBeNull();
    expect(container.querySelector('[role=alert]')!.textContent).toContain('il codice di accesso è scaduto');
    expect(container.textContent).toContain('Per vedere le tue pratiche accedi con SPID o CIE.');
    expect(document.activeElement).not.toBe(container.querySelector('a.btn-primary'));
  });
});
