import type { Module } from '@modulo/form-model';
import { ApiError } from '../errors';
import type { Ente } from '../storage/EnteStore';
import { bindToDirectory } from './bindToDirectory';

/** A template module with its office and people taken from the ente's directory. */
export function withPeople(
  m: Module,
  ente: Ente,
  ids: { office: string; responsible: string; substitute: string },
): Module {
  const p = m.procedure;
  const chosen: Module = {
    ...m,
    procedure: {
      ...p,
      office: { ...p.office, id: ids.office },
      responsible: { ...p.responsible, id: ids.responsible },
      substitute: { ...p.substitute, id: ids.substitute },
      // Routing rules of a template name offices of no particular ente: staff add their own.
      routing: undefined,
    },
  };
  const bound = bindToDirectory(chosen, ente);
  if (!bound.ok) {
    throw new ApiError(
      'not_in_directory',
      "Ufficio, responsabile e sostituto devono essere scelti dalla rubrica dell'ente.",
      "Office, responsible and substitute must be entries of the ente's directory.",
      { details: bound.problems },
    );
  }
  const { routing: _none, ...procedure } = bound.module.procedure;
  return { ...bound.module, procedure };
}
