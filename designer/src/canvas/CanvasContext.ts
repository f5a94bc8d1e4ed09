import type { DesignerCommands } from '../state/designerCommands';
import type { RuleReader } from './ruleReaders';

/**
 * What every card needs besides its field, bundled in one object that changes only when one
 * of its parts does (so a label edit re-renders one card, not 300).
 */
export interface CanvasContext {
  commands: DesignerCommands;
  selectedId: string | undefined;
  readers: Map<string, RuleReader[]>;
  steps: { id: string; title: string }[];
}
