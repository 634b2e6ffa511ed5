import { z } from 'zod';
import { parseQueueConcurrency } from './queue-concurrency';

const boolFromEnv = (name: string, fallback: boolean) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return fallback;
      const s = v.trim().toLowerCase();
      if (['1', 'true', 'yes', 'on'].includes(s)) return true;
      if (['0', 'false', 'no', 'off'].includes(s)) return false;
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${name} must be true or false` });
      return z.NEVER;
    });

const wholeNumber = (min: number, max: number, fallback: number) =>
  z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === '' ? String(fallback) : v))
    .pipe(z.coerce.number({ invalid_type_error: 'must be a whole number' }).int(`must be a whole number from ${min} to ${max}`).min(min).max(max));

const optionalUrl = (protocols: string[], hint: string) =>
  z
    .string()
    .optional()
    .transform((v) => (v === '' ? undefined : v))
    .refine((v) => v === undefined || protocols.some((p) => v.startsWith(p)), { message: hint });

/**
 * Environment of the API process (contract §1). Each field names its variable; `loadConfig` refuses to
 * start with one line per bad value.
 */
export const AppConfigSchema = z.object({
  PORT: z.coerce.number({ invalid_type_error: 'must be a port number' }).int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: optionalUrl(['postgres://', 'postgresql://'], 'must start with postgres:// or postgresql://'),
  REDIS_URL: optionalUrl(['redis://', 'rediss://'], 'must start with redis:// or rediss://'),
  ADMIN_API_KEY: z
    .string()
    .optional()
    .transform((v) => (v === '' ? undefined : v))
    .refine((v) => v === undefined || /^[\x21-\x7e]{32,128}$/.test(v), {
      message: 'must be 32 to 128 printable characters without spaces',
    }),
  WORKER: boolFromEnv('WORKER', true),
  MISP_URL: optionalUrl(['http://', 'https://'], 'must be an http(s) URL'),
  MISP_API_KEY: z.string().optional(),
  MISP_VERIFY_TLS: boolFromEnv('MISP_VERIFY_TLS', true),
  CUSTOM_MODULES_DIR: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Queue and worker tuning (decision 0018).
  QUEUE_CONCURRENCY: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const parsed = parseQueueConcurrency(v);
      if ('value' in parsed) return parsed.value;
      for (const problem of parsed.problems) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem });
      return z.NEVER;
    }),
  WORKER_CONCURRENCY: wholeNumber(1, 100, 4),
  QUEUE_HIGH_WATER: wholeNumber(1, 10_000_000, 1000),
  QUEUE_LOCK_MS: wholeNumber(1000, 3_600_000, 30_000),
  REDIS_PREFIX: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v === '' ? 'mwp' : v))
    .refine((v) => /^[A-Za-z0-9_-]{1,32}$/.test(v), { message: 'must be 1 to 32 letters, digits, - or _' }),
  // Re-entrant hook guard (decision 0019).
  HOOK_MAX_DEPTH: wholeNumber(0, 100, 1),
  HOOK_REENTRY_GRACE_MS: wholeNumber(0, 3_600_000, 5000),
});

export type AppConfig = z.infer<typeof AppConfigSchema>;
