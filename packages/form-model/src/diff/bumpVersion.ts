import type { VersionBump } from './ModuleChange';

const ORDER: Record<VersionBump | 'none', number> = { none: 0, patch: 1, minor: 2, major: 3 };

/** The larger of two bumps. */
export function maxBump(a: VersionBump | 'none', b: VersionBump | 'none'): VersionBump | 'none' {
  return ORDER[a] >= ORDER[b] ? a : b;
}

/**
 * A semantic version moved by `bump`: 1.4.2 → 2.0.0 / 1.5.0 / 1.4.3. A pre-release suffix is dropped
 * (1.5.0-rc.1 + patch = 1.5.0). A version that is not semver is returned unchanged.
 */
export function bumpVersion(version: string, bump: VersionBump | 'none'): string {
  const m = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?$/.exec(version);
  if (!m || bump === 'none') return version;
  const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const pre = Boolean(m[4]);
  if (bump === 'major') return pre && minor === 0 && patch === 0 ? `${major}.0.0` : `${major + 1}.0.0`;
  if (bump === 'minor') return pre && patch === 0 ? `${major}.${minor}.0` : `${major}.${minor + 1}.0`;
  return pre ? `${major}.${minor}.${patch}` : `${major}.${minor}.${patch + 1}`;
}
