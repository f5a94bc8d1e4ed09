import type { LocalizedText, Module } from '@modulo/form-model';

/** The part of the model's `diffModules` result the publish dialog shows. */
export interface PublishDiff {
  changes: { kind: string; path: string; breaking: boolean; message: LocalizedText }[];
  breaking: boolean;
  suggestedVersion: string;
}

/**
 * The diff from the last published version, from the model's `diffModules`. Undefined while
 * the model does not export it yet (the dialog then asks for the version without a suggestion).
 */
export function publishDiff(_published: Module, _draft: Module): PublishDiff | undefined {
  return undefined;
}
