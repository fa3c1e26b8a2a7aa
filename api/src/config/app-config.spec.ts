import { ConfigurationError, loadConfig } from './app-config';

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
