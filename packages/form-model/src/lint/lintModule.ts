import type { FieldKindRegistry } from '../kinds/FieldKind';
import { builtInRegistry } from '../kinds/registry';
import type { Module } from '../types';
import { completeFindings } from './completeFindings';
import type { ConditionProblem } from './conditionProblems';
import { conditionProblems } from './conditionProblems';
import type { LintFinding } from './LintFinding';
import { lintFields } from './lintFields';
import { lintProcedure } from './lintProcedure';
import { reachability } from './lintReachability';
import { lintRules } from './lintRules';
import { lintTexts } from './lintTexts';

/** Fields and steps by id, as the designer addresses them; the procedure's rules by a dotted path. */
function subjectOf(p: ConditionProblem): string {
  if (p.ownerType === 'routing') return `procedure.routing.${p.owner}`;
  if (p.ownerType === 'fee') return `procedure.fees.${p.owner}`;
  if (p.ownerType === 'exit' || p.ownerType === 'stepExit') return `exits.${p.owner}`;
  return p.owner;
}

/** What `lintModule` needs beyond the module. */
export interface LintOptions {
  /** The field kinds; default `builtInRegistry`. */
  registry?: FieldKindRegistry;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * Everything worth telling the designer about a module that parses: broken or unreachable
 * conditions, routing rules, exits and fees that cannot work, missing or hard texts, bad
 * choices, procedure data the law asks for. Each finding has the one issue shape
 * (`{ code, params, path }`, `path` a JSON Pointer into the module), its Italian `message`
 * from the catalogue and the designer's `subject`. Errors first, then warnings, then info.
 */
export function lintModule(module: Module, options: LintOptions = {}): LintFinding[] {
  const registry = options.registry ?? builtInRegistry;
  const conditions = completeFindings(
    module,
    conditionProblems(module, registry).map((p) => ({
      severity: 'error' as const,
      code: p.code,
      subject: subjectOf(p),
      property: p.property,
      params: p.params,
      path: p.pointer,
    })),
    registry,
  );
  const reached = reachability(module, registry);
  const findings = [
    ...conditions,
    ...reached.findings,
    ...lintRules(module, reached.facts),
    ...lintFields(module, registry),
    ...lintProcedure(module, registry),
    ...lintTexts(module, registry),
  ];
  // Array.prototype.sort is stable: within a severity, findings keep reading order by rule.
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
