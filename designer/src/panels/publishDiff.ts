import type { LocalizedText, Module } from '@modulo/form-model';
import { diffModules } from '@modulo/form-model';

/** The part of the model's `diffModules` result the publish dialog shows. */
export interface PublishDiff {
  changes: { kind: string; path: string; breaking: boolean; message: LocalizedText }[];
  breaking: boolean;
  suggestedVersion: string;
}

/** The diff from the last published version to the draft: the model's `diffModules`. */
export function publishDiff(published: Module, draft: Module): PublishDiff {
  return diffModules(published, draft);
}
