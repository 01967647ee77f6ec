import { Cron } from "croner";
import { z } from "zod";

function isValidCron(pattern: string): boolean {
  try {
    new Cron(pattern, { paused: true }).stop();
    return true;
  } catch {
    return false;
  }
}

// Every setting the process reads, validated once at start: a missing or malformed one stops the
// start with one line that names it.
const optionalString = z
  .string()
  .trim()
  .transform((s) => (s === "" ? undefined : s))
  .optional();
const optionalUrl = optionalString.pipe(z.url().optional());

const personList = z
  .string()
  .optional()
  .transform((s) => (s ?? "").split(",").map((x) => x.trim()).filter(Boolean))
  .pipe(z.array(z.string().regex(/^(telegram|zalo|console):[^\s:]+$/, "expected channel:userId, e.g. telegram:123")));

export const configSchema = z.object({
  DATA_DIR: z.string().trim().min(1).default("./data"),
  DATA_KEY: optionalString.pipe(
    z.string().regex(/^([0-9a-fA-F]{64}|[A-Za-z0-9+/]{43}=)$/, "64 hex characters or base64 of 32 bytes").optional(),
  ),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  TELEGRAM_BOT_TOKEN: optionalString.pipe(z.string().regex(/^\d+:[\w-]+$/, "looks like 123456:ABC-…").optional()),
  TELEGRAM_API_ROOT: optionalUrl,
  WEBHOOK_URL: optionalUrl,
  WEBHOOK_SECRET: optionalString.pipe(z.string().regex(/^[A-Za-z0-9_-]{16,256}$/, "16 to 256 of A-Z a-z 0-9 _ -").optional()),
  ZALO_BOT_TOKEN: optionalString,
  ZALO_API_ROOT: optionalUrl,
  ZALO_WEBHOOK_URL: optionalUrl,
  ZALO_WEBHOOK_SECRET: optionalString.pipe(z.string().min(8).max(256).optional()),
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  HOST: z.string().default("0.0.0.0"),
  ADMIN_IDS: personList,
  DIGEST_CRON: z.string().trim().min(1).default("30 7 * * 1-5").refine(isValidCron, "not a cron pattern, e.g. 30 7 * * 1-5"),
  DIGEST_TZ: z.string().trim().min(1).default("Asia/Ho_Chi_Minh"),
  REVIEW_DUE_DAYS: z.coerce.number().int().min(1).max(365).default(5),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(10_000).default(30),
  REPORT_RETENTION_DAYS: z.coerce.number().int().min(1).max(36500).default(365),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`Cấu hình sai: ${String(issue.path[0] ?? "?")}: ${issue.message}`);
  }
  return parsed.data;
}

/** For entry points: a bad setting ends the process with its one-line message (exit 2), no stack. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return loadConfig(env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(err.message + "\n");
    process.exit(2);
  }
}

/** Values that must never reach a log line or an error message. */
export function secretsOf(config: Config): string[] {
  return [config.TELEGRAM_BOT_TOKEN, config.ZALO_BOT_TOKEN, config.WEBHOOK_SECRET, config.ZALO_WEBHOOK_SECRET, config.DATA_KEY].filter(
    (s): s is string => typeof s === "string" && s.length > 0,
  );
}
