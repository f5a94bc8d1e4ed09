// pnpm bench:model — how fast the model is on the paths a designer and a server hit.
// Prints medians over repeated runs; no thresholds (targets live in issue notes, not in tests).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  compile,
  createAjv,
  lintModule,
  moveField,
  parseModule,
  sampleSubmission,
  serialize,
  setFieldProperty,
  validateSubmission,
} from '../src/index';
import { bigModule } from './bigModule';

function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median milliseconds of `fn` over `runs` runs after a warm-up. */
function time(fn: () => unknown, runs = 30): number {
  for (let i = 0; i < 3; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

/** A benchmark of a refused edit would time the wrong path. */
function must<T>(r: { ok: true; value: T } | { ok: false; error: { code: string } }): T {
  if (!r.ok) throw new Error(`bench edit refused: ${r.error.code}`);
  return r.value;
}

const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);
const rows: [string, string][] = [];
const row = (what: string, ms: number) => rows.push([what, fmt(ms)]);

// Read the library's files directly: form-model must not depend on form-library.
const dir = join(import.meta.dirname, '..', '..', '..', 'form-library', 'modules');
const json = readdirSync(dir)
  .filter((f) => f.endsWith('.module.json'))
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown);
const library = json.map((j) => must(parseModule(j)));
row(
  `parseModule × ${library.length} library modules`,
  time(() => json.forEach((j) => parseModule(j))),
);
row(
  `compile × ${library.length} library modules`,
  time(() => library.forEach((m) => compile(m))),
);
row(
  `lintModule × ${library.length} library modules`,
  time(() => library.forEach((m) => lintModule(m))),
);

for (const n of [200, 500]) {
  const big = bigModule(n);
  const data = sampleSubmission(big);
  row(
    `${n} fields: parseModule`,
    time(() => parseModule(JSON.parse(serialize(big)))),
  );
  row(
    `${n} fields: compile`,
    time(() => compile(big)),
  );
  row(
    `${n} fields: Ajv compile of the schema (once per version)`,
    time(() => createAjv().compile(compile(big).schema), 10),
  );
  if (validateSubmission(big, data).length) throw new Error('bench sample is invalid');
  row(
    `${n} fields: validateSubmission (warm)`,
    time(() => validateSubmission(big, data), 200),
  );
  row(
    `${n} fields: lintModule (with Gulpease)`,
    time(() => lintModule(big)),
  );
  row(
    `${n} fields: setFieldProperty (one edit, as the designer saves)`,
    time(
      () =>
        must(setFieldProperty(big, { id: 'campo10', property: 'label', value: { it: 'Nuova etichetta' } })),
      200,
    ),
  );
  row(
    `${n} fields: moveField across steps (checks every condition)`,
    time(() => must(moveField(big, { id: 'campo1', to: { stepId: 'passo9' }, index: 0 })), 100),
  );
}

const width = Math.max(...rows.map(([w]) => w.length));
console.log(`form-model bench (Node ${process.version}, median)`);
for (const [what, value] of rows) console.log(`  ${what.padEnd(width)}  ${value}`);
