import type { Module, Result } from '../types';
import { ok } from '../types';
import { refuse } from '../messages/modelError';

/** The module format's semantic version (module.schema.json). */
const SEMVER = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?$/;

export interface SetVersionArgs {
  /** e.g. "1.1.0", the version the next publish carries. */
  version: string;
}

/** Sets the module's semantic version. Whether it is new enough is the publisher's check. */
export function setVersion(module: Module, args: SetVersionArgs): Result<Module> {
  const { version } = args;
  if (typeof version !== 'string' || !SEMVER.test(version)) {
    return refuse(
      'invalid_property',
      { what: 'module', property: 'version', problem: 'semver', value: version },
      '/version',
    );
  }
  return version === module.version ? ok(module) : ok({ ...module, version });
}
