import { createRoot } from 'react-dom/client';
import type { Module } from '@modulo/form-model';
import { parseModule } from '@modulo/form-model';
import type { DesignerApi } from '../api/DesignerApi';
import { createHttpApi } from '../api/createHttpApi';
import { createMemoryApi } from '../api/createMemoryApi';
import { blankModule } from '../state/blankModule';
import { createHttpBackofficeApi } from '../backoffice/createHttpBackofficeApi';
import { createMemoryBackofficeApi } from '../backoffice/createMemoryBackofficeApi';
import { PraticheApp } from '../backoffice/PraticheApp';
import { DesignerApp } from './DesignerApp';
import { libraryTemplates } from './libraryTemplates';

declare global {
  interface Window {
    /** A module a host page (or the bench) hands to the offline designer, as saved JSON text. */
    moduloDesignerModule?: string;
  }
}

function handedModule(): Module | undefined {
  if (typeof window.moduloDesignerModule !== 'string') return undefined;
  const r = parseModule(window.moduloDesignerModule);
  return r.ok ? r.value : undefined;
}

/**
 * Starts the designer in `root`. With `?ente=…&module=…` it works on the server's staff API;
 * otherwise offline, in memory, with the library templates bundled (`?template=<id>` opens one).
 */
export async function boot(root: HTMLElement, location: Location = window.location): Promise<DesignerApi> {
  const params = new URLSearchParams(location.search);
  const ente = params.get('ente');
  const moduleId = params.get('module');
  const lang = params.get('lang') === 'en' ? 'en' : 'it';
  if (params.get('area') === 'pratiche') {
    // The Pratiche area (issue 14): the server's back office with `?ente=`, else in memory;
    // `&view=monitoraggio` opens its Monitoraggio view.
    const backoffice = ente ? createHttpBackofficeApi() : createMemoryBackofficeApi();
    createRoot(root).render(
      <PraticheApp
        api={backoffice}
        lang={lang}
        modulesHref={ente ? `?ente=${ente}` : '?'}
        view={params.get('view') === 'monitoraggio' ? 'monitoring' : 'inbox'}
        keep={`${ente ? `&ente=${encodeURIComponent(ente)}` : ''}${lang === 'en' ? '&lang=en' : ''}`}
      />,
    );
    return createMemoryApi();
  }
  let api: DesignerApi;
  let module: Module;
  if (ente && moduleId) {
    api = createHttpApi({ ente });
    const r = await api.loadModule(moduleId);
    if (!r.ok) {
      root.textContent = `${r.error.message} (${r.error.code})`;
      return api;
    }
    module = r.value;
  } else {
    let templates: Module[] | undefined;
    // Parsing the library takes a while: only when a template is asked for.
    const lazyTemplates = () => (templates ??= libraryTemplates());
    const wanted = params.get('template');
    const handed = handedModule();
    module = handed ?? (wanted ? lazyTemplates().find((t) => t.id === wanted) : undefined) ?? blankModule();
    api = createMemoryApi({ templates: lazyTemplates, modules: [module], user: 'Operatore (offline)' });
  }
  createRoot(root).render(<DesignerApp api={api} module={module} lang={lang} />);
  return api;
}
