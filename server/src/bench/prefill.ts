import { librarySample } from '@modulo/form-library';
import { canonicalJson } from '../register/canonicalJson';
import { sha256Hex } from '../register/sha256Hex';
import { openSqliteStore } from '../storage/sqlite/openSqliteStore';

/**
 * Adds `n` pratiche to a register through the store's own filing path (numbers, hash chain,
 * audit, group commit), as if filed over the last year, so the benchmark can measure filing at
 * a large register. Returns how many were added.
 */
export async function prefill(file: string, n: number): Promise<number> {
  const store = openSqliteStore(file);
  const answers = librarySample('segnalazione-disservizio');
  const document = canonicalJson({ ente: 'montebello', answers });
  const documentSha256 = sha256Hex(document);
  // All in the previous year, so they number apart from the benchmark's own filings.
  const start = Date.UTC(new Date().getUTCFullYear() - 1, 0, 2);
  const CHUNK = 2000;
  for (let done = 0; done < n; done += CHUNK) {
    const size = Math.min(CHUNK, n - done);
    await Promise.all(
      Array.from({ length: size }, (_, i) =>
        store.pratiche.file({
          enteId: 'montebello',
          moduleId: 'segnalazione-disservizio',
          moduleVersion: '1.0.0',
          submitter: `citizen:PREFILL${(done + i) % 5000}`,
          // Spread over that year, in order, so protocol numbers follow time.
          at: new Date(start + Math.floor(((done + i) / n) * 300 * 86_400_000)),
          document,
          documentSha256,
          attachments: [],
          assignment: {
            officeName: 'Ufficio Relazioni con il Pubblico',
            responsibleName: 'Chiara Fontana',
            responsibleTitle: 'Responsabile URP',
          },
          deadline: '2026-12-31',
          termDays: 30,
          fees: { fees: [], totalCents: 0 },
          subject: 'Segnalazione di disservizio',
        }),
      ),
    );
    if ((done / CHUNK) % 50 === 0 && done > 0) process.stdout.write(`  ${done} ...\n`);
  }
  await store.close();
  return n;
}
