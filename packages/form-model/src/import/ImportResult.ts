import type { Module } from '../types';

/** Something of the source that the module does not carry, or carries differently. */
export interface Unmapped {
  /** JSON Pointer into the source document. */
  path: string;
  /** What was not mapped and what the module does instead, in English. */
  reason: string;
}

/** What keeps an imported module from being published: a parse error or a lint error. */
export interface ImportBlocker {
  code: string;
  message: string;
  path?: string;
}

/** The result of `importJsonSchema` and `importFormio`: nothing of the source is dropped silently. */
export interface ImportResult {
  module: Module;
  unmapped: Unmapped[];
  /** Empty when the module parses and lints without errors (warnings are expected: placeholders). */
  blocking: ImportBlocker[];
}
