import 'reflect-metadata';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

const toBool = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? ['1', 'true', 'yes', 'on'].includes(value.toLowerCase()) : value;
const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() !== '' ? Number(value) : value;

/**
 * Every environment variable the system reads, with defaults that work for `npm start`
 * on a developer machine. Validated once at boot: a bad value stops the process with a
 * message naming each bad variable. `.env.example` lists the same set.
 */
export class AppConfig {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/imh';

  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Key prefix for every BullMQ queue; tests use their own so runs never share jobs. */
  @Matches(/^[a-zA-Z0-9_-]{1,40}$/, { message: 'QUEUE_PREFIX must be 1-40 letters, digits, - or _' })
  QUEUE_PREFIX = 'imh';

  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL = 'smtp://127.0.0.1:1025';

  /** Open SMTP connections the worker keeps and reuses (a pool), rather than one per e-mail. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50)
  SMTP_POOL_CONNECTIONS = 5;

  /** E-mail jobs the worker runs at once; each sends up to DELIVERY_BATCH_SIZE e-mails through the pool. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(64)
  EMAIL_CONCURRENCY = 4;

  /** Deliveries per e-mail job: claimed, checked and marked in one statement each. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DELIVERY_BATCH_SIZE = 25;

  @IsString()
  @MinLength(3)
  MAIL_FROM = 'IMH Academy <no-reply@imh-academy.test>';

  /** Where people open the portal; used in e-mail links and as the allowed CORS origin. */
  @IsUrl({ require_tld: false, require_protocol: true })
  PORTAL_URL = 'http://localhost:4200';

  /** Send the session cookie only over HTTPS. Must be true in production. */
  @Transform(toBool)
  @IsBoolean()
  COOKIE_SECURE = false;

  /** A session ends after this many hours without a request. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 30)
  SESSION_IDLE_HOURS = 12;

  /** Invitation links stay valid this many hours; reset links a twelfth of it, at least one. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 30)
  INVITATION_TTL_HOURS = 72;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  LOGIN_MAX_ATTEMPTS = 5;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 3600)
  LOGIN_WINDOW_SECONDS = 900;

  /**
   * E-mails signed-out visitors can make us send (intake confirmations, password resets), per
   * purpose: at most this many to one recipient per MAIL_WINDOW_SECONDS…
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  MAIL_PER_RECIPIENT = 3;

  /** …and at most this many from one client address (an office shares one). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10000)
  MAIL_PER_ADDRESS = 20;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(7 * 24 * 3600)
  MAIL_WINDOW_SECONDS = 3600;

  @IsIn(['fatal', 'error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL = 'log';

  /** Closed confidential threads are deleted this many days after closing (a confidant may change it per thread). */
  @Transform(toInt)
  @IsInt()
  @Min(30)
  @Max(3650)
  CONFIDENTIAL_RETENTION_DAYS = 365;

  /**
   * Reminders: hours before a student's effective due date that they are reminded when they
   * have not handed in, comma-separated, largest first. Only the nearest one that has come is
   * sent, so a due date set 30 hours ahead earns the 72-hour reminder but not the 24-hour one too.
   */
  @Matches(/^\d{1,4}(,\d{1,4})*$/, { message: 'REMINDER_DUE_SOON_HOURS must be hours, comma-separated (72,24)' })
  REMINDER_DUE_SOON_HOURS = '72,24';

  /** The overdue notice goes this many hours after the due date (once per due date). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 14)
  REMINDER_OVERDUE_AFTER_HOURS = 24;

  /** A docent's daily grading backlog lists handed-in work waiting longer than this many days. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  GRADING_BACKLOG_DAYS = 7;

  /** How often the worker scans for reminders that have fallen due. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  REMINDER_SCAN_MINUTES = 10;

  /** On SIGTERM the worker stops taking jobs and lets active ones finish for at most this long. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(600)
  WORKER_SHUTDOWN_SECONDS = 30;

  /**
   * How many proxies sit in front of the API (Express `trust proxy`), so the login rate limit
   * counts per client address rather than per proxy. 0 when the API faces clients directly.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(10)
  TRUST_PROXY_HOPS = 0;

  /** Where uploaded files live when S3_BUCKET is not set (single machine). Relative to the working directory. */
  @IsString()
  @MinLength(1)
  FILE_STORAGE_DIR = '.data/files';

  /** Largest upload accepted, in bytes (default 50 MiB). Bigger requests are refused before they are read. */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(5 * 1024 ** 3)
  MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

  /** S3-compatible object storage; used instead of local disk only when S3_BUCKET is set. */
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true })
  S3_ENDPOINT?: string = undefined;

  @IsOptional()
  @IsString()
  S3_BUCKET?: string = undefined;

  @IsOptional()
  @IsString()
  S3_REGION?: string = undefined;

  @IsOptional()
  @IsString()
  S3_ACCESS_KEY_ID?: string = undefined;

  @IsOptional()
  @IsString()
  S3_SECRET_ACCESS_KEY?: string = undefined;

  /** Password of the demo users that `npm start` seeds. Never used outside the seed. */
  @IsString()
  @MinLength(10, { message: 'DEMO_PASSWORD must be at least 10 characters' })
  DEMO_PASSWORD = 'imh-demo-2026';
}

/** Secrets never appear in an error message; URLs are shown without their credentials. */
function shown(key: string, value: string | undefined): string {
  if (value === undefined) return 'nothing';
  if (/PASSWORD|SECRET|KEY/.test(key)) return 'a value (hidden)';
  return `"${value.replace(/\/\/[^@/]*@/, '//***@')}"`;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment; throws a ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new AppConfig());
  const raw: Record<string, string> = {};
  for (const key of known) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: true });
  if (errors.length > 0) {
    throw new ConfigError(
      errors.map(
        (e) =>
          `${e.property}: ${Object.values(e.constraints ?? {}).join('; ')} (got ${shown(e.property, raw[e.property])})`,
      ),
    );
  }
  if (config.NODE_ENV === 'production' && !config.COOKIE_SECURE) {
    throw new ConfigError(['COOKIE_SECURE: must be true when NODE_ENV=production']);
  }
  return config;
}
