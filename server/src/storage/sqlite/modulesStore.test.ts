import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { modulesStoreSuite } from '../modulesStoreSuite';
import { openSqliteStore } from './openSqliteStore';

const dir = mkdtempSync(join(tmpdir(), 'modulo-modules-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

// The modules part of the contract on a real SQLite file, one file per case.
modulesStoreSuite('SQLite file', () => Promise.resolve(openSqliteStore(join(dir, `modules-${n++}.sqlite`))));
