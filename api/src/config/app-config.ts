import path from 'node:path';

import { z } from 'zod';

const booleanText = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => ['true', '1', 'yes'].includes(value));

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATA_DIR: z.string().min(1).default('.data'),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86400).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  SEED_DEMO_DATA: booleanText.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST_DIR: z.string().min(1).default('dist/web'),
  MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(10 * 1024 ** 3)
    .default(50 * 1024 ** 2),
  MAX_IMPORT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50 * 1024 ** 3)
    .default(1024 ** 3),
  GRAPHQL_FIELD_BUDGET: z.coerce.number().int().min(100).max(10_000_000).default(20_000),
  PACK_SIGNING_KEY_FILE: z.string().min(1).optional(),
  PACK_JOB_TIMEOUT_SECONDS: z.coerce.number().int().min(30).max(86400).default(3600),
  RUN_JOBS: booleanText.default(true),
  EVIDENCE_EXPIRY_WARNING_DAYS: z.coerce.number().int().min(0).max(365).default(30),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/.+/, 'must be an smtp:// or smtps:// URL')
    .optional(),
  SMTP_FROM: z.string().min(3).default('Engagement Portal <portal@localhost>'),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  ROLL_OFF_NOTICE_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(120000).default(10000),
});

/** Every environment variable the portal reads. */
export const CONFIG_VARIABLES = Object.keys(environmentSchema.shape);

export type AppConfig = z.infer<typeof environmentSchema> & {
  /** Absolute path of the folder holding embedded database files and generated secrets. */
  dataDirectory: string;
  /** Where evidence files are kept, content-addressed: `<data folder>/blobs`. */
  blobDirectory: string;
  /** Address of the portal as users reach it, for links in e-mails. */
  publicUrl: string;
};

export class ConfigurationError extends Error {}

/** Reads configuration from the environment; throws one readable line for the first problem. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): AppConfig {
  const present = Object.fromEntries(
    Object.entries(environment).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = environmentSchema.safeParse(present);

  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue.path[0]);
    const shown = variable.includes('SECRET') ? '(hidden)' : JSON.stringify(present[variable]);

    throw new ConfigurationError(
      `Invalid configuration: ${variable} is invalid: ${issue.message.replace(/^Invalid input: /, '')} (got ${shown})`,
    );
  }

  const dataDirectory = path.resolve(parsed.data.DATA_DIR);

  return {
    ...parsed.data,
    dataDirectory,
    blobDirectory: path.join(dataDirectory, 'blobs'),
    publicUrl: parsed.data.PUBLIC_URL ?? `http://localhost:${parsed.data.PORT}`,
  };
}
