import { ConfigError, loadConfig } from './config.loader';

describe('loadConfig', () => {
  it('applies the documented defaults to an empty environment', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.dataDir).toBe('.data');
    expect(config.logLevel).toBe('info');
    expect(config.databaseUrl).toBeUndefined();
    expect(config.usesEmbeddedDatabase).toBe(true);
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: ' ' }).port).toBe(3000);
  });

  it('names every bad variable in one error', () => {
    try {
      loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as ConfigError).message;
      expect(message).toContain('PORT');
      expect(message).toContain('LOG_LEVEL');
      expect(message).toContain('DATABASE_URL');
    }
  });

  it('accepts a PostgreSQL URL and switches off the embedded database', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@127.0.0.1:5432/db' });
    expect(config.usesEmbeddedDatabase).toBe(false);
  });
});

describe('Telegram configuration', () => {
  const token = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';
  it('is off without a token', () => {
    expect(loadConfig({}).telegram).toBeUndefined();
  });

  it('requires a webhook secret of at least 16 characters in webhook mode only', () => {
    expect(() => loadConfig({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_MODE: 'webhook' })).toThrow(
      'TELEGRAM_WEBHOOK_SECRET',
    );
    expect(() =>
      loadConfig({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_MODE: 'webhook', TELEGRAM_WEBHOOK_SECRET: 'short' }),
    ).toThrow('TELEGRAM_WEBHOOK_SECRET');
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: token }).telegram).toMatchObject({ mode: 'polling' });
    expect(
      loadConfig({
        TELEGRAM_BOT_TOKEN: token,
        TELEGRAM_MODE: 'webhook',
        TELEGRAM_WEBHOOK_SECRET: 's'.repeat(16),
      }).telegram,
    ).toMatchObject({ mode: 'webhook', apiRoot: 'https://api.telegram.org' });
  });

  it('names a malformed token', () => {
    expect(() => loadConfig({ TELEGRAM_BOT_TOKEN: 'nope' })).toThrow('TELEGRAM_BOT_TOKEN');
  });
});
