import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Module } from '@modulo/form-model';
import { FORMAT_VERSION, parseModule } from '@modulo/form-model';
import type { ConformanceCase, ConformanceSuite } from './ConformanceCase';

/** Hand-written edge cases: one JSON file per small inline module. */
export const CASES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'cases');

/** What a `cases/*.json` file holds: the steps of a module, and cases with no `module`. */
interface EdgeCaseFile {
  title: string;
  steps: unknown[];
  cases: Omit<ConformanceCase, 'module'>[];
}

const PROCEDURE = {
  description: { it: 'Modulo di prova della suite di conformità.' },
  legalBasis: ['L. 241/1990'],
  office: { id: 'ufficio-prova', name: { it: 'Ufficio prova' }, email: 'prova@comune.example.it' },
  responsible: { id: 'maria-rossi', name: 'Maria Rossi', role: { it: 'Responsabile del servizio' } },
  substitute: { id: 'luigi-bianchi', name: 'Luigi Bianchi', role: { it: 'Segretario comunale' } },
  termDays: 30,
  silenzioAssenso: false,
  selfDeclaration: false,
  attachments: [],
  fees: [],
  remedies: { it: 'Ricorso al TAR entro 60 giorni.' },
  classification: { titolo: 'I', classe: '6' },
  loginLevel: 'none',
};

/** Parses every `cases/*.json` into a module (`conformance-<file>`) and its cases. */
export function edgeCases(dir: string = CASES_DIR): ConformanceSuite {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const suites = files.map((file) => loadFile(join(dir, file)));
  return { modules: suites.map((s) => s.modules).flat(), cases: suites.flatMap((s) => s.cases) };
}

function loadFile(file: string): ConformanceSuite {
  const content = JSON.parse(readFileSync(file, 'utf8')) as EdgeCaseFile;
  if (!Array.isArray(content.steps) || !Array.isArray(content.cases)) {
    throw new Error(`${file}: expected { title, steps: [...], cases: [...] }`);
  }
  const id = `conformance-${basename(file, '.json')}`;
  const module = inlineModule(id, content.title, content.steps);
  const cases = content.cases.map((c): ConformanceCase => {
    if (typeof c.name !== 'string' || typeof c.expectValid !== 'boolean') {
      throw new Error(`${file}: every case needs a name and expectValid`);
    }
    return { ...c, module: id };
  });
  return { modules: [module], cases };
}

/** A module with a stock procedure around the given steps, through `parseModule`. */
export function inlineModule(id: string, title: string, steps: unknown[]): Module {
  const parsed = parseModule({
    formatVersion: FORMAT_VERSION,
    id,
    version: '1.0.0',
    title: { it: title },
    procedure: PROCEDURE,
    steps,
  });
  if (!parsed.ok) {
    const where = parsed.error.details?.map((d) => `${d.path} ${d.message}`).join('; ') ?? '';
    throw new Error(`${id}: not a valid module: ${parsed.error.message} ${where}`);
  }
  return parsed.value;
}
