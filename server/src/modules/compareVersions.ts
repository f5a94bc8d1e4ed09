/** A semantic version `MAJOR.MINOR.PATCH`, the only form module versions take. */
export const VERSION_PATTERN = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** Orders two `MAJOR.MINOR.PATCH` versions numerically: negative, zero or positive. Throws on another form. */
export function compareVersions(a: string, b: string): number {
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < 3; i++) {
    const d = pa[i]! - pb[i]!;
    if (d !== 0) return d;
  }
  return 0;
}

function parts(v: string): number[] {
  const m = VERSION_PATTERN.exec(v);
  if (!m) throw new RangeError(`not a MAJOR.MINOR.PATCH version: "${v}"`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}
