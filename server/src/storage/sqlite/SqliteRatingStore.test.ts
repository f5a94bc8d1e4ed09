import { ratingStoreSuite } from '../ratingStoreSuite';
import { openSqliteStore } from './openSqliteStore';

ratingStoreSuite('SQLite', () => Promise.resolve(openSqliteStore(':memory:')));
