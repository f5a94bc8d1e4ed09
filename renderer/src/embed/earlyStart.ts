// Imported first by main.ts: the bundler places this module (and the HTTP client it needs)
// ahead of Preact, rjsf and the rest, so its requests leave as soon as the script starts to run.
import type { ModuloApi } from '../api/ModuloApi';
import { httpApi } from '../api/httpApi';
import { bootMark } from '../bootMark';
import type { FirstScreen } from '../flow/loadFirstScreen';
import { loadFirstScreen } from '../flow/loadFirstScreen';

/** Where the embed's own files are (CSS, fonts): beside the script. */
export const ASSET_BASE = new URL('.', import.meta.url).href;

/** The elements' stylesheet (Bootstrap Italia purged, `:host`-scoped), linked in each shadow root. */
export const STYLESHEET = `${ASSET_BASE}modulo.css`;

/**
 * Asks for the stylesheet now, while the rest of the script evaluates: the element shows its
 * content only once it is styled (`defineElements`), so its download is on the first screen's
 * path. A `preload` in the host's head, once; the shadow root's `<link>` then takes it from there.
 */
function preloadStylesheet(): void {
  if (document.querySelector('link[data-modulo-preload]')) return;
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'style';
  link.href = STYLESHEET;
  link.dataset.moduloPreload = '';
  document.head.append(link);
}

/** A `<modulo-form>`'s server: its `server` attribute, else the script's own origin. */
export function elementServer(el: Element): string {
  return el.getAttribute('server') ?? new URL(ASSET_BASE).origin;
}

/** What identifies one form's data: the element renders a new `ModuloForm` when it changes. */
export function formKey(server: string, ente: string, modulo: string, version: string | undefined): string {
  return `${server}|${ente}|${modulo}|${version ?? ''}`;
}

/** A form's client and its first screen's data, already on the way. */
export interface EarlyStart {
  api: ModuloApi;
  firstScreen: Promise<FirstScreen>;
}

const started = new Map<string, EarlyStart>();

/**
 * Starts the first screen's requests of every `<modulo-form>` already in the page (a module
 * script runs after the document is parsed) while the rest of the embed is still to evaluate and
 * render: the data are usually there by the time the element mounts.
 */
function startEarly(): void {
  bootMark('modulo:boot');
  if (typeof document === 'undefined') return;
  if (document.querySelector('modulo-form, modulo-area-personale')) preloadStylesheet();
  for (const el of document.querySelectorAll('modulo-form')) {
    const ente = el.getAttribute('ente');
    const modulo = el.getAttribute('modulo');
    if (!ente || !modulo) continue;
    const server = elementServer(el);
    const version = el.getAttribute('version') ?? undefined;
    const key = formKey(server, ente, modulo, version);
    if (started.has(key)) continue;
    const api = httpApi(server);
    const firstScreen = loadFirstScreen(api, ente, modulo, version);
    // Handled where it is taken; until then a failure is not an "unhandled rejection".
    firstScreen.catch(() => undefined);
    started.set(key, { api, firstScreen });
  }
}

/** The early start of a form, once: a later mount of the same form loads afresh. */
export function takeEarlyStart(key: string): EarlyStart | undefined {
  const found = started.get(key);
  started.delete(key);
  return found;
}

startEarly();
