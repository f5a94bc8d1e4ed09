import type { Module } from '@modulo/form-model';
import type { CompiledValidators } from '../validator/compileValidators';

/** A published (immutable) module version of an ente. */
export interface PublishedModule {
  enteId: string;
  moduleId: string;
  version: string;
  module: Module;
  status: 'published' | 'archived';
  /** ISO instant. */
  publishedAt: string;
  /** Staff id of who published it (absent for versions seeded or published by the system). */
  publishedBy?: string;
}

/** The working draft of a module, beside its published versions; stored only after `parseModule`. */
export interface ModuleDraft {
  enteId: string;
  moduleId: string;
  /** The document; its `version` is the version it will be published as. */
  module: Module;
  /** The published version this draft was started from, if any. */
  basedOn?: string;
  /** ISO instants and the staff id of the last editor. */
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
}

/** What `publishVersion` stores, in one transaction. */
export interface PublishInput {
  enteId: string;
  module: Module;
  at: Date;
  /** Staff id. */
  by: string;
  validators: CompiledValidators;
}

/**
 * Published modules. First version (server-core): publish, read current and pinned versions.
 * server-modules extends it with drafts of modules, lifecycle, validators and the catalogue.
 */
export interface ModuleStore {
  /** Stores a published version; a version already published is never replaced. */
  publish(enteId: string, module: Module, at: Date): Promise<PublishedModule>;
  /** The latest published version (or the archived one, so callers can say it is archived). */
  current(enteId: string, moduleId: string): Promise<PublishedModule | undefined>;
  version(enteId: string, moduleId: string, version: string): Promise<PublishedModule | undefined>;
  /** The current version of every module of the ente. */
  list(enteId: string): Promise<PublishedModule[]>;
  archive(enteId: string, moduleId: string): Promise<boolean>;

  // server-modules: the lifecycle (draft -> published -> new draft -> archived) and validators.

  /**
   * Publishes a version with its browser validators and ends the module's draft, atomically.
   * `'exists'` when that version is already published: a published version is never replaced.
   */
  publishVersion(input: PublishInput): Promise<PublishedModule | 'exists'>;
  /** Every published version of a module, oldest first. */
  versions(enteId: string, moduleId: string): Promise<PublishedModule[]>;
  validators(enteId: string, moduleId: string, version: string): Promise<CompiledValidators | undefined>;
  /** Stores the validators of an already published version (compiled late, e.g. seeded versions). */
  putValidators(
    enteId: string,
    moduleId: string,
    version: string,
    validators: CompiledValidators,
  ): Promise<void>;
  getDraft(enteId: string, moduleId: string): Promise<ModuleDraft | undefined>;
  putDraft(draft: ModuleDraft): Promise<void>;
  deleteDraft(enteId: string, moduleId: string): Promise<boolean>;
  listDrafts(enteId: string): Promise<ModuleDraft[]>;
}
