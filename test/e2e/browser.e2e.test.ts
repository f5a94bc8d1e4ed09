import { describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';

describe('launchBrowser', () => {
  it('fails, never skips, with the apt-get command when Chromium is missing', async () => {
    await expect(launchBrowser('/nonexistent/chromium')).rejects.toThrow(/apt-get install -y chromium/);
  });
});
