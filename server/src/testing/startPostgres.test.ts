import { describe, expect, it } from 'vitest';
import { startPostgres } from './startPostgres';

describe('startPostgres', () => {
  it('fails, never skips, when PostgreSQL is not installed, and says how to install it', async () => {
    await expect(startPostgres({ bin: '/nonexistent/postgresql/bin' })).rejects.toThrow(
      /not installed.*apt-get install -y postgresql/,
    );
  });

  it('starts a real server that answers SQL, and removes it all on stop', async () => {
    const pg = await startPostgres();
    try {
      pg.createDatabase('probe');
      expect(pg.psql('probe', 'SELECT 6 * 7').trim()).toBe('42');
    } finally {
      pg.stop();
    }
    expect(() => pg.psql('probe', 'SELECT 1')).toThrow();
  }, 60_000);
});
