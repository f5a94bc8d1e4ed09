import type { VisibilityCompiler } from './compileVisibility';
import type { CompileContext } from './kinds/FieldKind';
import type { JsonSchema } from './jsonSchema';
import { localize } from './localize';
import type { Exit, Module } from './types';

/** The `$defs` name of an exit's "reached" schema. */
export function exitDefName(exitId: string, stepId?: string): string {
  return stepId === undefined ? `exit-${exitId}` : `exit-step-${stepId}-${exitId}`;
}

/**
 * One `{ not: { $ref: exit-<id> } }` per exit, so any 2020-12 validator refuses a submission
 * that reaches one: the module's exits, and each step's while the step is shown. An exit that
 * reads a hidden answer is not reached (the same transitive rule as visibility).
 */
export function compileExits(
  module: Module,
  visibility: VisibilityCompiler,
  ctx: CompileContext,
): JsonSchema[] {
  const reached = (exit: Exit, stepId?: string, step?: JsonSchema): JsonSchema => ({
    not: ctx.define(exitDefName(exit.id, stepId), {
      $comment: `exit "${exit.id}": ${localize(exit.title, 'it')}`,
      allOf: [...(step ? [step] : []), visibility.condition(exit.when)],
    }),
  });
  return [
    ...(module.exits ?? []).map((exit) => reached(exit)),
    ...module.steps.flatMap((s) =>
      (s.exits ?? []).map((exit) => reached(exit, s.id, visibility.step(s.id, s.condition))),
    ),
  ];
}
