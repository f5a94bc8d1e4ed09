import type { Module } from '@modulo/form-model';

/** A published (immutable) module version of an ente. */
export interface PublishedModule {
  enteId: string;
  moduleId: string;
  version: string;
  module: Module;
  status: 'published' | 'archived';
  /** ISO instant. */
  publishedAt: string;
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
}
