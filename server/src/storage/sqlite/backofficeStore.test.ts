import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { backofficeStoreSuite } from '../backofficeStoreSuite';
import { retentionStoreSuite } from '../retentionStoreSuite';
import { webhookStoreSuite } from '../webhookStoreSuite';
import { openSqliteStore } from './openSqliteStore';

const dir = mkdtempSync(join(tmpdir(), 'modulo-backoffice-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

backofficeStoreSuite('SQLite file', () => Promise.resolve(openSqliteStore(join(dir, `bo-${n++}.sqlite`))));
webhookStoreSuite('SQLite file', () => Promise.resolve(openSqliteStore(join(dir, `wh-${n++}.sqlite`))));
retentionStoreSuite('SQLite file', () => Promise.resolve(openSqliteStore(join(dir, `rt-${n++}.sqlite`))));
