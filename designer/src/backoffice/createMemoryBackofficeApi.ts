import type { ApiResult } from '../api/DesignerApi';
import type { BackofficeApi, PraticaAction, PraticaDetail } from './BackofficeApi';
import { ALLOWED_ACTIONS, nextStatus } from './allowedActions';
import { filterPratiche } from './filterPratiche';
import { samplePratiche } from './samplePratiche';

const refusal = (code: string, message: string, messageEn: string): ApiResult<never> => ({
  ok: false,
  error: { code, message, messageEn },
});

/** Why an action's data is not enough, or undefined. */
function missing(action: PraticaAction): ApiResult<never> | undefined {
  const blank = (s: string | undefined) => s === undefined || s.trim() === '';
  if (action.type === 'request_integration' && blank(action.message))
    return refusal('invalid_request', 'Scrivi che cosa deve integrare il cittadino.', 'Say what to add.');
  if (action.type === 'preavviso' && blank(action.reasons))
    return refusal('invalid_request', 'Il preavviso di rigetto deve indicare i motivi.', 'Give the reasons.');
  if (action.type === 'conclude' && blank(action.reason))
    return refusal('invalid_request', 'Il provvedimento finale va motivato.', 'Give the reasons.');
  if (action.type === 'reassign' && blank(action.officeId))
    return refusal('invalid_request', 'Scegli l’ufficio a cui assegnare la pratica.', 'Pick an office.');
  return undefined;
}

/**
 * The back office in memory, for stories and tests: the sample pratiche (or `pratiche`), the
 * server's filters and ordering, and actions that follow the states (a refused one is a 409-like
 * `{ code, message }` result).
 */
export function createMemoryBackofficeApi(
  options: { pratiche?: PraticaDetail[]; now?: () => Date; by?: string } = {},
): BackofficeApi {
  const pratiche = structuredClone(options.pratiche ?? samplePratiche());
  const now = options.now ?? (() => new Date());
  const find = (code: string) => pratiche.find((p) => p.code === code);
  const notFound = (code: string) =>
    refusal('pratica_not_found', `Pratica ${code} non trovata.`, `Pratica ${code} not found.`);
  return {
    list: async (query) => ({ ok: true, value: filterPratiche(pratiche, query) }),
    async get(code) {
      const p = find(code);
      return p ? { ok: true, value: structuredClone(p) } : notFound(code);
    },
    async act(code, action) {
      const p = find(code);
      if (!p) return notFound(code);
      if (!p.allowedActions.includes(action.type))
        return refusal(
          'action_not_allowed',
          'Questa azione non è possibile nello stato attuale della pratica.',
          'This action is not allowed in the pratica’s current state.',
        );
      const bad = missing(action);
      if (bad) return bad;
      p.status = nextStatus(p.status, action as { type: PraticaAction['type']; outcome?: string });
      p.allowedActions = ALLOWED_ACTIONS[p.status];
      if (action.type === 'reassign') {
        p.assignment = { officeId: action.officeId, officeName: action.officeId, responsibleName: '—' };
      }
      p.timeline.push({ at: now().toISOString(), type: action.type, text: summary(action), by: options.by });
      return { ok: true, value: structuredClone(p) };
    },
  };
}

function summary(action: PraticaAction): string {
  switch (action.type) {
    case 'take_in_charge':
      return 'Presa in carico.';
    case 'request_integration':
      return `Chiesta un’integrazione: ${action.message}`;
    case 'preavviso':
      return `Preavviso di rigetto: ${action.reasons}`;
    case 'conclude':
      return `Conclusa (${action.outcome === 'positive' ? 'accolta' : 'respinta'}): ${action.reason}`;
    case 'reassign':
      return `Assegnata all’ufficio ${action.officeId}.`;
  }
}
