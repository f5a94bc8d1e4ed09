import { VERSION_PATTERN } from './compareVersions';

/** The next patch version: "1.2.3" → "1.2.4", the default of a new draft beside a published version. */
export function nextPatch(version: string): string {
  const m = VERSION_PATTERN.exec(version);
  if (!m) throw new RangeError(`not a MAJOR.MINOR.PATCH version: "${version}"`);
  return `${m[1]}.${m[2]}.${Number(m[3]) + 1}`;
}
