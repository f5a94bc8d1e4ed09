import type { ModuloApi } from '../api/ModuloApi';

/** What every widget of the theme may read from rjsf's `formContext`. */
export interface ThemeContext {
  lang: string;
  /** Uploads go through this client (file fields); absent in static previews. */
  api?: ModuloApi;
  ente?: string;
  /** The module being filed: uploads name it with the field. */
  moduleId?: string;
}

/** The theme context from rjsf's registry, Italian and offline when absent. */
export function themeContext(formContext: unknown): ThemeContext {
  const ctx = (formContext ?? {}) as Partial<ThemeContext>;
  return { lang: ctx.lang ?? 'it', api: ctx.api, ente: ctx.ente, moduleId: ctx.moduleId };
}
