import type { Context } from 'hono';
import type { Citizen } from '../auth/identity';
import { citizenKey } from '../auth/identity';
import { citizenOf } from '../auth/requireCitizen';
import type { Env } from '../env';
import type { ApiError } from '../errors';
import type { StoredPratica } from '../storage/PraticaStore';

/**
 * The one rule for "the citizen's pratica", on every citizen route: they filed it themselves, or
 * an integration token filed it on their behalf (`onBehalfOf`, their fiscal code; issue 11).
 */
export function isCitizensPratica(p: StoredPratica, citizen: Citizen): boolean {
  return p.submitter === citizenKey(citizen) || p.onBehalfOf === citizen.fiscalNumber;
}

/** The store filter (`PraticaStore.list`) that selects the same pratiche as `isCitizensPratica`. */
export function citizensPraticheFilter(citizen: Citizen) {
  return { submitter: citizenKey(citizen), onBehalfOf: citizen.fiscalNumber };
}

/**
 * The logged-in citizen (or the coded 401/403) and their pratica `code`; anyone else's pratica
 * is `notFound()`, the same answer as a code that does not exist: nothing leaks.
 */
export async function citizensPratica(
  c: Context<Env>,
  code: string,
  notFound: () => ApiError,
): Promise<{ citizen: Citizen; pratica: StoredPratica }> {
  const citizen = citizenOf(c);
  const pratica = await c.get('store').pratiche.get(code);
  if (!pratica || !isCitizensPratica(pratica, citizen)) throw notFound();
  return { citizen, pratica };
}
