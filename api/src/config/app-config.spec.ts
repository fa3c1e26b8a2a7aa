import fs from 'node:fs';
import path from 'node:path';

import { CONFIG_VARIABLES, ConfigurationError, loadConfig } from './app-config';

describe('configuration from the environment', () => {
  it('has defaults that start a local portal on port 3000 with the embedded database', () => {
    const config = loadConfig({});

    expect(config).toMatchObject({
      PORT: 3000,
      SEED_DEMO_DATA: true,
      ACCESS_TOKEN_TTL_SECONDS: 900,
    });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.dataDirectory).toMatch(/\.data$/);
  });

  it('is documented variable by variable in docs/running.md', () => {
    const documentation = fs.readFileSync(
      path.resolve(__dirname, '../../../docs/running.md'),
      'utf8',
    );
    const documented = [...documentation.matchAll(/^\| `([A-Z_]+)`/gm)].map((match) => match[1]);

    expect([...documented].sort()).toEqual([...CONFIG_VARIABLES].sort());
  });

  it('links e-mails to PUBLIC_URL, or to the local port when unset', () => {
    expect(loadConfig({ PORT: '4000' }).publicUrl).toBe('http://localhost:4000');
    expect(loadConfig({ PUBLIC_URL: 'https://portal.example' }).publicUrl).toBe(
      'https://portal.example',
    );
    expect(() => loadConfig({ SMTP_URL: 'http://mail' })).toThrow(/SMTP_URL/);
    expect(() => loadConfig({ PUBLIC_URL: 'ftp://portal' })).toThrow(/PUBLIC_URL/);
  });

  it.each([
    [{ PORT: 'eighty' }, /^Invalid configuration: PORT .*\(got "eighty"\)$/],
    [{ PORT: '70000' }, /^Invalid configuration: PORT /],
    [
      { DATABASE_URL: 'mysql://localhost/portal' },
      /^Invalid configuration: DATABASE_URL is invalid: must be a postgres/,
    ],
    [
      { JWT_SECRET: 'short' },
      /^Invalid configuration: JWT_SECRET is invalid: must be at least 32 characters \(got \(hidden\)\)$/,
    ],
    [{ SEED_DEMO_DATA: 'maybe' }, /^Invalid configuration: SEED_DEMO_DATA /],
    [{ LOG_LEVEL: 'loud' }, /^Invalid configuration: LOG_LEVEL /],
  ])('names the variable in one line for %p', (environment, message) => {
    expect(() => loadConfig(environment)).toThrow(ConfigurationError);
    expect(() => loadConfig(environment)).toThrow(message);
    try {
      loadConfig(environment);
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).PORT).toBe(3000);
  });
});
