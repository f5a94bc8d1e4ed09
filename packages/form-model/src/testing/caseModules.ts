import type { Field, Module, Office, Official, Step } from '../types';
import { makeModule } from './makeModule';

/** An office of the demo Unione, with its id and IPA codes, for the routing and fee cases. */
export function office(id: string, name: string, uo: string): Office {
  return {
    id,
    name: { it: name },
    ipa: { ente: 'u_dm01', aoo: 'AOO_UDM', uo },
    email: `${id}@unione.example.it`,
  };
}

/** An official of the demo Unione, for the routing and fee cases. */
export function official(id: string, name: string, role: string): Official {
  return { id, name, role: { it: role }, email: `${id}@unione.example.it` };
}

const choice = (id: string, values: string[], extra: Partial<Field> = {}): Field => ({
  id,
  kind: 'single-choice',
  label: { it: `Scelta ${id}` },
  required: true,
  props: { options: values.map((value) => ({ value, label: { it: value } })) },
  ...extra,
});

/** A module with format 3 procedure ids, these steps, and `procedure` overrides. */
export function caseModule(
  id: string,
  steps: Step[],
  procedure: Partial<Module['procedure']> = {},
  extra: Partial<Module> = {},
): Module {
  const base = makeModule(steps);
  return {
    ...base,
    id,
    procedure: {
      ...base.procedure,
      office: office('urp-unione', 'URP dell’Unione', 'UF0001'),
      responsible: official('maria-rossi', 'Maria Rossi', 'Responsabile URP'),
      substitute: official('luigi-bianchi', 'Luigi Bianchi', 'Segretario dell’Unione'),
      ...procedure,
    },
    ...extra,
  };
}

export { choice };
