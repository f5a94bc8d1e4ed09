import { createElement } from 'react';
import type { Root } from 'react-dom/client';
import { createRoot } from 'react-dom/client';
import { ModuloForm } from '../flow/ModuloForm';
import { httpApi } from '../api/httpApi';
import { messages } from '../messages';
import { ASSET_BASE, STYLESHEET, elementServer, formKey, takeEarlyStart } from './earlyStart';

/**
 * Fonts: `@font-face` inside a shadow root is ignored, so the font-face sheet goes in the host
 * document's head, once (TOOLCHAIN.md, "Bootstrap Italia in a Shadow DOM").
 */
function ensureFonts(): void {
  if (document.querySelector('link[data-modulo-fonts]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = `${ASSET_BASE}modulo-fonts.css`;
  link.dataset.moduloFonts = '';
  document.head.append(link);
}

/** A custom element rendering a component in its own shadow root with the purged styles. */
abstract class ModuloElement extends HTMLElement {
  private root?: Root;
  static get observedAttributes() {
    return ['ente', 'modulo', 'server', 'lang', 'version'];
  }
  connectedCallback() {
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    if (!this.root) {
      const style = document.createElement('link');
      style.rel = 'stylesheet';
      style.href = STYLESHEET;
      const mount = document.createElement('div');
      mount.className = 'modulo-root';
      // Shown once styled: a stylesheet in a shadow root does not hold the page's rendering, so
      // without this a slow stylesheet shows the first screen unstyled, then restyled (FOUC).
      // It was asked for as the script started (`earlyStart`'s preload). If it fails, the
      // content shows unstyled rather than never.
      mount.hidden = true;
      const show = () => (mount.hidden = false);
      style.addEventListener('load', show, { once: true });
      style.addEventListener('error', show, { once: true });
      shadow.append(style, mount);
      this.root = createRoot(mount);
    }
    this.update();
  }
  attributeChangedCallback() {
    if (this.root) this.update();
  }
  disconnectedCallback() {
    this.root?.unmount();
    this.root = undefined;
    this.shadowRoot?.replaceChildren();
  }
  protected attr(name: string): string | undefined {
    return this.getAttribute(name) ?? undefined;
  }
  protected server(): string {
    return elementServer(this);
  }
  protected pageLang(): string {
    return this.attr('lang') ?? this.closest('[lang]')?.getAttribute('lang') ?? 'it';
  }
  protected abstract update(): void;
  protected draw(node: ReturnType<typeof createElement>) {
    this.root?.render(node);
  }
}

/** `<modulo-form ente="c_h501" modulo="accesso-atti" server="https://..." lang="it">` */
export class ModuloFormElement extends ModuloElement {
  protected update() {
    const ente = this.attr('ente');
    const modulo = this.attr('modulo');
    if (!ente || !modulo) return;
    const key = formKey(this.server(), ente, modulo, this.attr('version'));
    this.draw(
      createElement(ModuloForm, {
        key,
        // The first screen's requests that earlyStart sent as the script began to run.
        start: takeEarlyStart(key),
        server: this.server(),
        ente,
        modulo,
        version: this.attr('version'),
        lang: this.pageLang(),
        personalAreaHref: this.attr('area-personale'),
        // Web fonts after the first screen: its first layout does not wait on the font loads.
        onFirstScreen: ensureFonts,
      }),
    );
  }
}

/**
 * `<modulo-area-personale server="https://..." ente="c_h501" lang="it">`: the citizen's pratiche and drafts.
 * Its code is a chunk of its own, fetched only by a page that has this element.
 */
export class ModuloAreaElement extends ModuloElement {
  protected update() {
    ensureFonts();
    const props = {
      api: httpApi(this.server()),
      lang: this.pageLang(),
      formHref: this.attr('form-href'),
      // The ente whose site this is: the login from the area returns here only for it.
      ente: this.attr('ente'),
    };
    import('../area/PersonalArea').then(
      ({ PersonalArea }) => this.draw(createElement(PersonalArea, props)),
      () =>
        this.draw(
          createElement(
            'div',
            { className: 'alert alert-danger', role: 'alert' },
            messages(props.lang).loadFailed,
          ),
        ),
    );
  }
}

/** Registers both elements (once). */
export function defineElements(): void {
  if (!customElements.get('modulo-form')) customElements.define('modulo-form', ModuloFormElement);
  if (!customElements.get('modulo-area-personale'))
    customElements.define('modulo-area-personale', ModuloAreaElement);
}
