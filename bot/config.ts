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
// start with one line that names it, in Vietnamese (the operator reads it, as every CLI message).
const optionalString = z
  .string()
  .trim()
  .transform((s) => (s === "" ? undefined : s))
  .optional();
const optionalUrl = optionalString.pipe(z.url({ error: "phải là một địa chỉ URL, ví dụ https://bot.example.vn/hook" }).optional());

/** A whole number in [min, max]; unset or empty means undefined. */
function optionalInt(min: number, max: number) {
  const error = `phải là một số nguyên từ ${min} đến ${max}`;
  return optionalString.pipe(z.coerce.number<string>({ error }).int({ error }).min(min, { error }).max(max, { error }).optional());
}

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const personList = z
  .string()
  .optional()
  .transform((s) =>
    (s ?? "")
      .split(",")
      .map((x) => x.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().regex(/^(telegram|zalo|console):[^\s:]+$/, "phải có dạng kênh:mã, ví dụ telegram:123456789")));

/** The environment the process reads, as zod validates it (defaults applied, empty values unset). */
export const configSchema = z.object({
  DATA_DIR: z.string().trim().min(1, "không được để trống").default("./data"),
  DATA_KEY: optionalString.pipe(
    z
      .string()
      .regex(/^([0-9a-fA-F]{64}|[A-Za-z0-9+/]{43}=)$/, "phải là 64 ký tự hex hoặc base64 của 32 byte")
      .optional(),
  ),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `phải là một trong ${LOG_LEVELS.join(", ")}` }).default("info"),
  TELEGRAM_BOT_TOKEN: optionalString.pipe(
    z
      .string()
      .regex(/^\d+:[\w-]+$/, "phải có dạng 123456:ABC-… (mã BotFather cấp)")
      .optional(),
  ),
  TELEGRAM_API_ROOT: optionalUrl,
  WEBHOOK_URL: optionalUrl,
  WEBHOOK_SECRET: optionalString.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{16,256}$/, "phải gồm 16 đến 256 ký tự A-Z a-z 0-9 _ -")
      .optional(),
  ),
  ZALO_BOT_TOKEN: optionalString,
  ZALO_API_ROOT: optionalUrl,
  ZALO_WEBHOOK_URL: optionalUrl,
  ZALO_WEBHOOK_SECRET: optionalString.pipe(z.string().min(8, "phải gồm 8 đến 256 ký tự").max(256, "phải gồm 8 đến 256 ký tự").optional()),
  /** The HTTP server's port. Set, it serves GET /healthz even when both platforms poll; webhooks use 8080 when it is unset. */
  PORT: optionalInt(1, 65535),
  HOST: z.string().default("0.0.0.0"),
  ADMIN_IDS: personList,
  DIGEST_CRON: z.string().trim().min(1).default("30 7 * * 1-5").refine(isValidCron, "không phải biểu thức cron, ví dụ 30 7 * * 1-5"),
  DIGEST_TZ: z.string().trim().min(1).default("Asia/Ho_Chi_Minh"),
  REVIEW_DUE_DAYS: optionalInt(1, 365).transform((n) => n ?? 5),
  RATE_LIMIT_PER_MINUTE: optionalInt(0, 10_000).transform((n) => n ?? 30),
  REPORT_RETENTION_DAYS: optionalInt(1, 36500).transform((n) => n ?? 365),
  /** Days a question the bot could not answer is kept for the committee (without who asked). */
  KB_LOG_DAYS: optionalInt(1, 3650).transform((n) => n ?? 90),
});

/** The webhook server's port when PORT is unset. */
export const DEFAULT_PORT = 8080;

/** The validated settings. */
export type Config = z.infer<typeof configSchema>;

/** A bad setting; its message is the one line to show (it never quotes the value). */
export class ConfigError extends Error {}

/** The settings from `env`; throws a ConfigError whose one-line message names the first bad setting (never its value). */
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
