import pino, { type Logger } from "pino";

export type { Logger };

/** Replaces every known secret (bot tokens appear inside every Bot API URL) with a marker. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (s) out = out.split(s).join("[redacted]");
  return out;
}

// Logs go to stderr so that CLIs keep stdout for their JSON. Every string argument, and every
// error's message and stack, is scrubbed of secrets before it is written.
/**
 * The process logger: pino, JSON lines on stderr (stdout stays for CLI output). Promises: every
 * string, object and error it is given is scrubbed of `secrets` (tokens, webhook secrets, the
 * data key) before it is written.
 */
export function createLogger(level: string, secrets: readonly string[] = []): Logger {
  const scrub = (v: unknown, depth = 0): unknown => {
    if (typeof v === "string") return redact(v, secrets);
    if (v instanceof Error) {
      const e = new Error(redact(v.message, secrets));
      e.name = v.name;
      e.stack = v.stack ? redact(v.stack, secrets) : undefined;
      return e;
    }
    if (depth > 4) return "[…]";
    if (Array.isArray(v)) return v.map((x) => scrub(x, depth + 1));
    if (v && typeof v === "object") {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, scrub(x, depth + 1)]));
    }
    return v;
  };
  return pino(
    {
      level,
      hooks: {
        logMethod(args, method) {
          // pino's logMethod receives its own call's arguments; scrubbing them is type-agnostic.
          const clean = args.map((a) => scrub(a)) as Parameters<typeof method>;
          method.apply(this, clean);
        },
      },
    },
    pino.destination(2),
  );
}
