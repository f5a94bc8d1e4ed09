import { identityStoreSuite } from '../identityStoreSuite';
import { openSqliteStore } from './openSqliteStore';

identityStoreSuite('SQLite', () => Promise.resolve(openSqliteStore(':memory:')));
