import { describe, expect, it } from 'vitest';
import { AppConfig, ConfigError, loadConfig } from './app-config';

/** Runs loadConfig and returns the ConfigError it throws. */
function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('loadConfig accepted the environment');
}

describe(loadConfig.name, () => {
  it('works with an empty environment: every default is valid', () => {
    const config = loadConfig({});
    expect(config).toBeInstanceOf(AppConfig);
    expect(config).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      QUEUE_PREFIX: 'imh',
      COOKIE_SECURE: false,
      SESSION_IDLE_HOURS: 12,
      LOGIN_MAX_ATTEMPTS: 5,
      LOGIN_WINDOW_SECONDS: 900,
    });
  });

  it('turns strings into numbers and booleans', () => {
    const config = loadConfig({
      PORT: '8080',
      COOKIE_SECURE: 'yes',
      LOGIN_MAX_ATTEMPTS: ' 7 ',
      SESSION_IDLE_HOURS: '1',
    });
    expect(config).toMatchObject({ PORT: 8080, COOKIE_SECURE: true, LOGIN_MAX_ATTEMPTS: 7, SESSION_IDLE_HOURS: 1 });
    expect(loadConfig({ COOKIE_SECURE: 'off' }).COOKIE_SECURE).toBe(false);
  });

  it('treats an empty variable as unset and ignores variables it does not know', () => {
    const config = loadConfig({ PORT: '', QUEUE_PREFIX: '', SOMETHING_ELSE: 'x' });
    expect(config.PORT).toBe(3000);
    expect(config.QUEUE_PREFIX).toBe('imh');
    expect(config).not.toHaveProperty('SOMETHING_ELSE');
  });

  it('names every bad variable at once', () => {
    const bad = {
      NODE_ENV: 'staging',
      PORT: 'eighty',
      DATABASE_URL: 'mysql://localhost/imh',
      REDIS_URL: 'http://127.0.0.1:6379',
      QUEUE_PREFIX: 'has spaces!',
      SMTP_URL: 'mail.example.org',
      PORTAL_URL: 'not a url',
      SESSION_IDLE_HOURS: '0',
      LOGIN_MAX_ATTEMPTS: '1.5',
      LOG_LEVEL: 'loud',
    };

    const error = configError({ ...bad, MAIL_FROM: 'IMH <ok@example.org>' });

    const named = error.problems.map((p) => p.split(':')[0]).sort();
    expect(named).toEqual(Object.keys(bad).sort());
    for (const name of Object.keys(bad)) expect(error.message).toContain(`  - ${name}: `);
    expect(error.message).toMatch(/^Invalid configuration:\n/);
    expect(error.problems.find((p) => p.startsWith('PORT'))).toContain('(got "eighty")');
  });

  it('takes the reminders’ lead times and thresholds as settings, with their defaults', () => {
    expect(loadConfig({})).toMatchObject({
      REMINDER_DUE_SOON_HOURS: '72,24',
      REMINDER_OVERDUE_AFTER_HOURS: 24,
      GRADING_BACKLOG_DAYS: 7,
      REMINDER_SCAN_MINUTES: 10,
    });
    expect(loadConfig({ REMINDER_DUE_SOON_HOURS: '168,48,2', GRADING_BACKLOG_DAYS: '3' })).toMatchObject({
      REMINDER_DUE_SOON_HOURS: '168,48,2',
      GRADING_BACKLOG_DAYS: 3,
    });
    const error = configError({ REMINDER_DUE_SOON_HOURS: '72h, 24h', GRADING_BACKLOG_DAYS: '0' });
    expect(error.problems.map((p) => p.split(':')[0]).sort()).toEqual([
      'GRADING_BACKLOG_DAYS',
      'REMINDER_DUE_SOON_HOURS',
    ]);
  });

  it('takes the e-mail worker’s pool, concurrency and batch size as settings, with their defaults', () => {
    expect(loadConfig({})).toMatchObject({ SMTP_POOL_CONNECTIONS: 5, EMAIL_CONCURRENCY: 4, DELIVERY_BATCH_SIZE: 25 });
    expect(
      loadConfig({ SMTP_POOL_CONNECTIONS: '10', EMAIL_CONCURRENCY: '8', DELIVERY_BATCH_SIZE: '50' }),
    ).toMatchObject({ SMTP_POOL_CONNECTIONS: 10, EMAIL_CONCURRENCY: 8, DELIVERY_BATCH_SIZE: 50 });
    const error = configError({ SMTP_POOL_CONNECTIONS: '0', EMAIL_CONCURRENCY: 'many', DELIVERY_BATCH_SIZE: '1000' });
    expect(error.problems.map((p) => p.split(':')[0]).sort()).toEqual([
      'DELIVERY_BATCH_SIZE',
      'EMAIL_CONCURRENCY',
      'SMTP_POOL_CONNECTIONS',
    ]);
  });

  it('explains a pattern rule in words', () => {
    const error = configError({ DATABASE_URL: 'mysql://x' });
    expect(error.problems).toEqual(['DATABASE_URL: DATABASE_URL must be a postgres:// URL (got "mysql://x")']);
  });

  it('never shows a secret or the credentials in a URL', () => {
    const error = configError({ DEMO_PASSWORD: 'short', REDIS_URL: 'http://user:hunter2@cache:6379' });
    const text = error.problems.join('\n');
    expect(text).toContain('DEMO_PASSWORD');
    expect(text).toContain('REDIS_URL');
    expect(text).not.toContain('short');
    expect(text).not.toContain('hunter2');
  });

  it('refuses production without secure cookies', () => {
    expect(configError({ NODE_ENV: 'production' }).problems).toEqual([
      'COOKIE_SECURE: must be true when NODE_ENV=production',
    ]);
    expect(loadConfig({ NODE_ENV: 'production', COOKIE_SECURE: 'true' }).NODE_ENV).toBe('production');
  });
});
