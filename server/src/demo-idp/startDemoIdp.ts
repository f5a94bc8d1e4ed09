import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DemoClient } from './createDemoIdp';
import { createDemoIdp } from './createDemoIdp';
import type { Persona } from './personas';

/** A demo identity provider listening on a port. */
export interface RunningDemoIdp {
  /** e.g. "http://127.0.0.1:3001" */
  issuer: string;
  setPersonas(personas: Persona[]): void;
  close(): Promise<void>;
}

/**
 * Serves the demo identity provider on `host:port` (0: any free port). The issuer is known only
 * once listening, so the provider is built in the listen callback.
 */
export function startDemoIdp(options: {
  port: number;
  host: string;
  clients: DemoClient[];
  personas: Persona[];
}): Promise<RunningDemoIdp> {
  let idp: ReturnType<typeof createDemoIdp> | undefined;
  const server = createServer((req, res) => {
    if (idp) idp.listener(req, res);
    else res.writeHead(503).end();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      const { port } = server.address() as AddressInfo;
      const issuer = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`;
      const created = createDemoIdp({ issuer, clients: options.clients, personas: options.personas });
      idp = created;
      resolve({
        issuer,
        setPersonas: created.setPersonas,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
