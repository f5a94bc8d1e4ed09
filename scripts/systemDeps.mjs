// The system packages the test suite needs beyond Node: Debian's Chromium (Playwright
// cannot download its own browser here), python3-jsonschema (the cross-language
// conformance suite), python3-aiosmtpd (the real SMTP server of the mail tests), poppler-utils
// + qpdf (receipt PDFs read back), postgresql + haproxy (the PostgreSQL store and
// several-instances tests). Installed with apt-get when we are root;
// otherwise we say how.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const NEEDS = [
  { pkg: 'chromium', present: () => existsSync('/usr/bin/chromium'), why: 'browser (e2e) tests' },
  {
    pkg: 'python3-jsonschema',
    present: () =>
      spawnSync('/usr/bin/python3', ['-c', 'import jsonschema'], { stdio: 'ignore' }).status === 0,
    why: 'the JSON Schema conformance suite',
  },
  {
    pkg: 'python3-aiosmtpd',
    present: () => spawnSync('/usr/bin/python3', ['-c', 'import aiosmtpd'], { stdio: 'ignore' }).status === 0,
    why: 'the e-mail tests (a real SMTP server process)',
  },
  {
    pkg: 'poppler-utils',
    present: () => existsSync('/usr/bin/pdftotext'),
    why: 'reading the receipt PDFs back in tests (pdftotext, pdffonts)',
  },
  { pkg: 'qpdf', present: () => existsSync('/usr/bin/qpdf'), why: 'checking the receipt PDFs' },
  {
    pkg: 'postgresql',
    present: () => existsSync('/usr/lib/postgresql/15/bin/initdb'),
    why: 'the PostgreSQL store tests (a throwaway server per test file)',
  },
  { pkg: 'haproxy', present: () => existsSync('/usr/sbin/haproxy'), why: 'the several-instances test' },
];

/** Installs what is missing when possible; returns the packages still missing. */
export function ensureSystemDeps() {
  const missing = NEEDS.filter((n) => !n.present());
  if (missing.length === 0) return [];
  const names = missing.map((n) => n.pkg);
  const canApt =
    process.getuid?.() === 0 && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (canApt) {
    console.log(`[modulo] installing ${names.join(', ')} from Debian`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', ...names], { stdio: 'inherit', env });
  }
  const still = missing.filter((n) => !n.present());
  for (const n of still) {
    console.warn(`[modulo] missing ${n.pkg}, needed by ${n.why}: sudo apt-get install -y ${n.pkg}`);
  }
  return still.map((n) => n.pkg);
}

// `node scripts/systemDeps.mjs` (as root) installs them on its own.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = ensureSystemDeps().length === 0 ? 0 : 1;
}
