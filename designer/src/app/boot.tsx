import { createRoot } from 'react-dom/client';
import type { DesignerApi } from '../api/DesignerApi';
import { createHttpApi } from '../api/createHttpApi';
import { createMemoryApi } from '../api/createMemoryApi';
import { blankModule } from '../state/blankModule';
import { DesignerApp } from './DesignerApp';
import { libraryTemplates } from './libraryTemplates';

/**
 * Starts the designer in `root`. With `?ente=…&module=…` it works on the server's staff API;
 * otherwise offline, in memory, with the library templates bundled (`?template=<id>` opens one).
 */
export async function boot(root: HTMLElement, location: Location = window.location): Promise<DesignerApi> {
  const params = new URLSearchParams(location.search);
  const ente = params.get('ente');
  const moduleId = params.get('module');
  const lang = params.get('lang') === 'en' ? 'en' : 'it';
  let api: DesignerApi;
  let module;
  if (ente && moduleId) {
    const csrf = () => document.cookie.match(/(?:^|; )csrf=([^;]+)/)?.[1];
    api = createHttpApi({ ente, csrfToken: csrf });
    const r = await api.loadModule(moduleId);
    if (!r.ok) {
      root.textContent = `${r.error.message} (${r.error.code})`;
      return api;
    }
    module = r.value;
  } else {
    const templates = libraryTemplates();
    const wanted = templates.find((t) => t.id === params.get('template'));
    module = wanted ?? blankModule();
    api = createMemoryApi({ templates, modules: [module], user: 'Operatore (offline)' });
  }
  createRoot(root).render(<DesignerApp api={api} module={module} lang={lang} />);
  return api;
}
