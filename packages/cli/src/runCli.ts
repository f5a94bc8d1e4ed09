import { compile, computeFees, lintModule, routeSubmission, validateSubmission } from '@modulo/form-model';
import { moduleTypes } from '@modulo/form-library';
import { deadlineFromCaseFile } from '@modulo/procedure';
import type { CliIo } from './io';
import { CliError, readJson } from './io';
import { diffCommand } from './diffCommand';
import { importCommand } from './importCommand';
import { loadModule } from './loadModule';
import { readAnswers } from './readAnswers';

export const USAGE = `usage: pnpm modulo <command>
  validate <module.json>                     check a module and lint it; exit 1 with every error and its path
  compile <module.json> [--lang xx] [--ui]   print the JSON Schema 2020-12 (with --ui: {schema, uiSchema})
  types <module.json>                        print the TypeScript types of its submission data
  check-submission <module.json> <data.json> validate answers; each error with its path, in Italian
  route <module.json> <data.json>            print the office and responsible these answers go to (JSON)
  fees <module.json> <data.json>             print the fee lines and the total in cents (JSON)
  diff <old.json> <new.json> [--json]        list the changes, which break submissions, and the next version
  import <file.json> [--from jsonschema|formio]  print a module made from a JSON Schema or Form.io form;
                                             what did not map goes to stderr
  deadline <case.json> [--now YYYY-MM-DD]    compute the legal term of a pratica (L. 241/1990)
  verify-register <modulo.sqlite|postgres://...>  re-check the protocol register's hash chain; name the first broken link
  copy-store <modulo.sqlite> <postgres://...> [--ente ID]...  move entes (default all) to PostgreSQL, register and chain intact`;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i === -1) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new CliError(`${name} needs a value`);
  args.splice(i, 2);
  return value;
}

function flag(args: string[], name: string): boolean {
  const i = args.indexOf(name);
  if (i !== -1) args.splice(i, 1);
  return i !== -1;
}

/** Runs one command; returns the exit code (0 ok, 1 invalid input or failed check, 2 usage). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  const args = [...rest];
  try {
    switch (command) {
      case 'validate': {
        const m = loadModule(io, args[0]);
        // A module that parses can still be unfit to publish: lint errors fail, the rest inform.
        const findings = lintModule(m);
        for (const f of findings) {
          (f.severity === 'error' ? io.err : io.out)(`  ${f.severity} ${f.path}: ${f.message} [${f.code}]`);
        }
        const errors = findings.filter((f) => f.severity === 'error').length;
        if (errors > 0) {
          io.err(`${args[0]}: ${errors} lint error${errors === 1 ? '' : 's'}; fix them before publishing`);
          return 1;
        }
        io.out(`${args[0]}: valid module ${m.id}@${m.version} (${m.steps.length} steps)`);
        return 0;
      }
      case 'compile': {
        const lang = option(args, '--lang');
        const withUi = flag(args, '--ui');
        const compiled = compile(loadModule(io, args[0]), { lang });
        io.out(JSON.stringify(withUi ? compiled : compiled.schema, null, 2));
        return 0;
      }
      case 'types':
        io.out(await moduleTypes(loadModule(io, args[0])));
        return 0;
      case 'check-submission': {
        const m = loadModule(io, args[0]);
        const data = readJson(io, args[1], '<data.json>');
        const errors = validateSubmission(m, data);
        if (errors.length === 0) {
          io.out(`${args[1]}: valid submission for ${m.id}@${m.version}`);
          return 0;
        }
        for (const e of errors) io.err(`${e.path || '/'}: ${e.message} [${e.code}]`);
        io.err(`${args[1]}: ${errors.length} error${errors.length === 1 ? '' : 's'}`);
        return 1;
      }
      case 'route':
      case 'fees': {
        const m = loadModule(io, args[0]);
        const answers = readAnswers(io, m, args[1]);
        io.out(
          JSON.stringify(
            command === 'route' ? routeSubmission(m, answers) : computeFees(m, answers),
            null,
            2,
          ),
        );
        return 0;
      }
      case 'diff': {
        const json = flag(args, '--json');
        return diffCommand(io, loadModule(io, args[0]), loadModule(io, args[1]), json);
      }
      case 'import': {
        const from = option(args, '--from');
        return importCommand(io, args[0], from);
      }
      case 'deadline': {
        const now = option(args, '--now');
        const result = deadlineFromCaseFile(readJson(io, args[0], '<case.json>'), now);
        if (!result.ok)
          throw new CliError(`${args[0]}: ${result.error.path ?? ''} ${result.error.message}`.trim());
        io.out(JSON.stringify(result.value, null, 2));
        return 0;
      }
      case 'copy-store': {
        const entes: string[] = [];
        for (let id = option(args, '--ente'); id !== undefined; id = option(args, '--ente')) entes.push(id);
        const [from, to] = args;
        if (!from || !to || !/^postgres(ql)?:\/\//.test(to))
          throw new CliError('copy-store needs a SQLite file and a postgres:// URL');
        const { copySqliteToPg } = await import('@modulo/server/register');
        let report;
        try {
          report = await copySqliteToPg(from, to, entes);
        } catch (e) {
          throw new CliError(`copy-store: ${(e as Error).message}`);
        }
        io.out(
          `copied ${report.entes.join(', ')}: ${Object.entries(report.rows)
            .map(([t, n]) => `${t} ${n}`)
            .join(', ')}`,
        );
        for (const c of report.chains)
          io.out(`register ${c.aoo}: ${c.links} links, last hash ${c.lastHash} (same as the source)`);
        for (const t of report.notCopied) io.out(`not copied: ${t}`);
        if (!report.check.ok) {
          io.err(`the target's register is BROKEN: ${JSON.stringify(report.check.brokenAt)}`);
          return 1;
        }
        io.out(
          `target register verified: ${report.check.entries} links, protocol numbers 1..N, chain intact`,
        );
        return 0;
      }
      case 'verify-register': {
        const file = args[0];
        if (!file) throw new CliError('verify-register needs a database file, e.g. data/modulo.sqlite');
        // Loaded only here: the other commands need no database driver.
        const { verifyRegister } = await import('@modulo/server/register');
        let check;
        try {
          check = await verifyRegister(file);
        } catch (e) {
          throw new CliError(`${file}: cannot read the register (${(e as Error).message})`);
        }
        if (check.ok) {
          io.out(
            `${file}: ${check.entries} register links verified for ${check.pratiche} pratiche; ` +
              'protocol numbers 1..N per AOO and year without gaps; hash chain intact',
          );
          return 0;
        }
        const b = check.brokenAt;
        io.err(
          `${file}: register BROKEN at ${b.aoo} link ${b.seq} (pratica ${b.praticaCode}): ${b.reason}; ` +
            `${check.entries} links before it verified`,
        );
        return 1;
      }
      case undefined:
      case 'help':
      case '--help':
        io.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        io.err(`unknown command: ${command}\n${USAGE}`);
        return 2;
    }
  } catch (e) {
    if (e instanceof CliError) {
      io.err(e.message);
      return 1;
    }
    throw e;
  }
}
