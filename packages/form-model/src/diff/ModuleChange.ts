import type { LocalizedText } from '../types';

/** How much a version must move: `major` breaks submissions or drafts, `minor` adds, `patch` is text only. */
export type VersionBump = 'major' | 'minor' | 'patch';

/** What changed between two versions of a module. */
export type ModuleChangeKind =
  | 'module-id-changed'
  | 'module-text-changed'
  | 'field-added'
  | 'field-removed'
  | 'field-moved'
  | 'field-kind-changed'
  | 'field-label-changed'
  | 'field-help-changed'
  | 'field-required-changed'
  | 'field-condition-changed'
  | 'field-required-when-changed'
  | 'field-date-rules-changed'
  | 'field-prefill-changed'
  | 'field-props-changed'
  | 'step-added'
  | 'step-removed'
  | 'step-moved'
  | 'step-text-changed'
  | 'step-condition-changed'
  | 'exit-added'
  | 'exit-removed'
  | 'exit-condition-changed'
  | 'exit-text-changed'
  | 'procedure-changed';

/** One change of `diffModules`, addressed by a JSON Pointer into the new module (or the old one, for removals). */
export interface ModuleChange {
  kind: ModuleChangeKind;
  /** JSON Pointer in `b`, or in `a` when the thing is gone (`field-removed`, `step-removed`...). */
  path: string;
  fieldId?: string;
  stepId?: string;
  exitId?: string;
  /** For props and procedure changes: which one ("maxLength", "options", "termDays"...). */
  property?: string;
  before?: unknown;
  after?: unknown;
  /** Some submission valid under the old version, or some draft, can be invalid under the new one. */
  breaking: boolean;
  bump: VersionBump;
  /** What changed, for office staff (Italian) and integrators (English). */
  message: LocalizedText & { en: string };
}

/** The result of `diffModules`. */
export interface ModuleDiff {
  changes: ModuleChange[];
  breaking: boolean;
  /** The largest bump of any change; `none` when nothing changed. */
  bump: VersionBump | 'none';
  /** `a.version` moved by `bump` (1.4.2 + minor = 1.5.0). */
  suggestedVersion: string;
}
