import { z } from 'zod';

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
});

export type AppConfig = z.infer<typeof AppConfigSchema>;
