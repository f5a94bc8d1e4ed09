import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Ente } from '../storage/EnteStore';
import type { Store } from '../storage/Store';
import { openSqliteStore } from '../storage/sqlite/openSqliteStore';
import type { RunningProcess } from './startProcess';
import { startProcess } from './startProcess';

/** The demo identity provider and the server, each a real process, on one fresh database. */
export interface LoginStack {
  server: string;
  issuer: string;
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * Seeds `entes` (or runs `seed`) on a fresh SQLite file, starts the demo identity provider (which
 * binds their staff to personas) and then the server with `OIDC_ISSUER` pointing at it, both on
 * free ports.
 */
export async function startLoginStack(
  seed: Ente[] | ((store: Store) => Promise<unknown>),
): Promise<LoginStack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'modulo-login-'));
  const store = openSqliteStore(join(dataDir, 'modulo.sqlite'));
  if (typeof seed === 'function') await seed(store);
  else for (const e of seed) await store.entes.put(e);
  await store.close();
  const started: RunningProcess[] = [];
  const stop = async () => {
    await Promise.all(started.map((p) => p.stop()));
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const idp = await startProcess(
      'server/src/demo-idp/main.ts',
      { DEMO_IDP_PORT: '0', DEMO_IDP_DATA_DIR: dataDir },
      /Issuer: (http:\/\/\S+)/,
    );
    started.push(idp);
    const server = await startProcess(
      'server/src/main.ts',
      {
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        OIDC_ISSUER: idp.match,
        OIDC_CLIENT_SECRET: 'modulo-demo-secret',
      },
      /Catalogo dei moduli:\s+(http:\/\/\S+?)\/?\r?\n/,
    );
    started.push(server);
    return { server: server.match, issuer: idp.match, dataDir, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
