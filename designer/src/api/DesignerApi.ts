import type { Module } from '@modulo/form-model';

/** An office of the ente's directory (its stable id is what routing and the procedure bind). */
export interface DirectoryOffice {
  id: string;
  name: string;
  email?: string;
  pec?: string;
  phone?: string;
  address?: string;
  hours?: string;
}

/** A person of the ente's directory who may be responsabile or titolare del potere sostitutivo. */
export interface DirectoryPerson {
  id: string;
  name: string;
  role: string;
  officeId?: string;
  email?: string;
  pec?: string;
  phone?: string;
}

/** The ente's directory of offices and officials (staff API `GET /api/entes/:ente/directory`). */
export interface Directory {
  offices: DirectoryOffice[];
  people: DirectoryPerson[];
}

/** One published version of a module, newest first in lists. */
export interface PublishedVersion {
  version: string;
  publishedAt: string;
  publishedBy: string;
}

/** One module of the ente, as the staff list shows it. */
export interface ModuleSummary {
  id: string;
  title: string;
  /** Latest published version, if any. */
  published?: string;
  hasDraft: boolean;
}

/** A refusal of the server or of the api layer, in the shape of the server's error body. */
export interface ApiFailure {
  code: string;
  message: string;
  messageEn: string;
  details?: { code?: string; path?: string; message: string; messageEn?: string }[];
}

/** What a call returns: the value, or the server's coded refusal (never a thrown string). */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiFailure };

/**
 * Everything the designer asks of the server, behind one interface: `createHttpApi` talks to
 * the real server (paths of docs/decisions/2026-12-02-format3-and-api-contract.md),
 * `createMemoryApi` keeps the same contract in memory for stories and offline work.
 */
export interface DesignerApi {
  /** The ente's modules. */
  listModules(): Promise<ApiResult<ModuleSummary[]>>;
  /** The module to edit: its draft if any, else its latest published version. */
  loadModule(moduleId: string): Promise<ApiResult<Module>>;
  /** Creates a module from a template or an import; refused when the id is taken. */
  createModule(module: Module): Promise<ApiResult<Module>>;
  /** Saves the draft (autosave). */
  saveDraft(module: Module): Promise<ApiResult<{ savedAt: string }>>;
  /** The ente's directory of offices and people. */
  directory(): Promise<ApiResult<Directory>>;
  /** Published versions with who published them, newest first. */
  versions(moduleId: string): Promise<ApiResult<PublishedVersion[]>>;
  /** The module as last published, to diff the draft against. */
  publishedModule(moduleId: string, version: string): Promise<ApiResult<Module>>;
  /** Publishes the saved draft under `version`. */
  publish(moduleId: string, version: string): Promise<ApiResult<PublishedVersion>>;
  /** Library templates to start from. */
  templates(): Promise<ApiResult<Module[]>>;
}
