#!/usr/bin/env node
// Bootstrap for `npm start` / `npm test` on a machine that has only Node 20 and npm:
// fetch the pinned pnpm into .tools/ (no global install, no root needed), install the
// workspace from the lockfile, then hand over to `pnpm run <script>`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureSystemDeps } from './systemDeps.mjs';

const PNPM_VERSION = '12.21.0';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [script, ...rest] = process.argv.slice(2);
if (!script) {
  console.error('usage: node scripts/ensure.mjs <pnpm script> [args...]');
  process.exit(2);
}

const env = { ...process.env };
// pnpm 12 ignores nodedir in .npmrc; node-gyp (better-sqlite3) needs local headers.
if (!env.npm_config_nodedir && existsSync('/usr/include/node/node.h')) env.npm_config_nodedir = '/usr';

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env, ...opts });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

function findPnpm() {
  const local = join(root, '.tools', 'node_modules', '.bin', 'pnpm');
  if (existsSync(local)) return local;
  const onPath = spawnSync('pnpm', ['--version'], { encoding: 'utf8', env });
  if (onPath.status === 0 && onPath.stdout.trim() === PNPM_VERSION) return 'pnpm';
  console.log(`[modulo] installing pnpm ${PNPM_VERSION} into .tools/`);
  const status = run('npm', [
    'install',
    '--prefix',
    join(root, '.tools'),
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
    `pnpm@${PNPM_VERSION}`,
  ]);
  if (status !== 0 || !existsSync(local)) {
    console.error('[modulo] could not install pnpm; install it by hand: npm i -g pnpm@' + PNPM_VERSION);
    process.exit(1);
  }
  return local;
}

const pnpm = findPnpm();
// Scripts call `pnpm` again (e.g. `check`); make sure they find this one.
if (pnpm !== 'pnpm') env.PATH = `${dirname(pnpm)}:${env.PATH ?? ''}`;
const installStatus = run(pnpm, [
  'install',
  '--frozen-lockfile',
  '--prefer-offline',
  '--reporter=append-only',
]);
if (installStatus !== 0) {
  console.error('[modulo] dependency install failed');
  process.exit(installStatus);
}
// The full check runs browser and cross-language tests: fetch their system packages first.
// Tests that still lack them fail with the same instruction, never skip.
if (['check', 'test:all', 'test:e2e', 'test:conformance'].includes(script)) ensureSystemDeps();
process.exit(run(pnpm, ['run', script, ...rest]));
