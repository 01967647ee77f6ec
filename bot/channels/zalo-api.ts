import axios, { type AxiosInstance } from "axios";
import { z } from "zod";
import { PlatformError } from "./platform-error.js";

// A small client for Zalo's Bot API: every method is POST <apiRoot>/bot<token>/<method> with a JSON
// body, answering { ok, result?, error_code?, description? }. The token is part of every URL, so
// nothing this file throws or returns carries a URL, an axios error or its config: only the
// method name, the HTTP status and Zalo's error_code.

/** Zalo's Bot API, unless ZALO_API_ROOT names another. */
export const DEFAULT_ZALO_API_ROOT = "https://bot-api.zaloplatforms.com";

/** False when Zalo refused for good (a bad request, a blocked bot): retrying cannot help. */
function retryableCode(status: number | undefined, errorCode: number | undefined): boolean {
  const code = errorCode ?? status;
  return code === undefined || code === 408 || code === 429 || code >= 500;
}

/** A failed Bot API call, safe to log: it never holds the token or the request. */
export class ZaloApiError extends PlatformError {
  override name = "ZaloApiError";
  constructor(
    readonly method: string,
    /** HTTP status; undefined when no answer arrived (network error, timeout). */
    readonly status: number | undefined,
    /** Zalo's error_code from the body, when there was one. */
    readonly errorCode: number | undefined,
    /** A short reason without the URL: "timeout", "network", "aborted", "bad response" or Zalo's status. */
    readonly reason: string,
  ) {
    super(
      `Zalo ${method} failed (${[status !== undefined ? `status ${status}` : "", errorCode !== undefined ? `error_code ${errorCode}` : "", reason].filter(Boolean).join(", ")})`,
      retryableCode(status, errorCode),
    );
  }
  /** Fields for a log line. */
  toLog(): { method: string; status?: number; errorCode?: number; reason: string } {
    return { method: this.method, status: this.status, errorCode: this.errorCode, reason: this.reason };
  }
}

const envelopeSchema = z.object({
  ok: z.boolean(),
  result: z.unknown().optional(),
  error_code: z.number().optional(),
});

/** Per-call options. */
export interface CallOptions {
  signal?: AbortSignal;
  /** Overrides the client's default timeout (long polls need more than the poll timeout). */
  timeoutMs?: number;
}

/** The Bot API methods the channel uses. */
export interface ZaloClient {
  /** Calls a method; resolves to `result`, rejects with ZaloApiError. */
  call(method: string, body?: Record<string, unknown>, opts?: CallOptions): Promise<unknown>;
  /** One long poll: the update object, or undefined when the poll timed out with nothing new (408). */
  getUpdates(timeoutSeconds: number, signal?: AbortSignal): Promise<unknown>;
  sendMessage(chatId: string, text: string): Promise<void>;
}

/**
 * A client for Zalo's Bot API. Promises: every failure rejects with a ZaloApiError that holds no
 * URL, token, request or response body (only the method, the HTTP status and Zalo's error_code);
 * a call times out after `timeoutMs` (default 15 s), a long poll after its own timeout plus 10 s.
 */
export function createZaloClient(opts: { token: string; apiRoot?: string; timeoutMs?: number }): ZaloClient {
  const root = (opts.apiRoot ?? DEFAULT_ZALO_API_ROOT).replace(/\/+$/, "");
  const http: AxiosInstance = axios.create({
    timeout: opts.timeoutMs ?? 15_000,
    headers: { "content-type": "application/json" },
    // Every status is inspected here, so axios never builds an error holding the URL for a status.
    validateStatus: () => true,
    maxRedirects: 0,
  });

  // Returns the raw envelope and status, or throws a ZaloApiError for transport failures.
  const post = async (method: string, body: Record<string, unknown>, o: CallOptions) => {
    try {
      const res = await http.post(`${root}/bot${opts.token}/${method}`, body, {
        signal: o.signal,
        timeout: o.timeoutMs,
      });
      return { status: res.status, data: res.data as unknown };
    } catch (err) {
      // Never rethrow or wrap the axios error: its message, config and request carry the URL.
      const reason = axios.isCancel(err)
        ? "aborted"
        : axios.isAxiosError(err) && (err.code === "ECONNABORTED" || err.code === "ETIMEDOUT")
          ? "timeout"
          : "network";
      throw new ZaloApiError(method, undefined, undefined, reason);
    }
  };

  const call: ZaloClient["call"] = async (method, body = {}, o = {}) => {
    const { status, data } = await post(method, body, o);
    const env = envelopeSchema.safeParse(data);
    if (!env.success) throw new ZaloApiError(method, status, undefined, "bad response");
    if (!env.data.ok || status >= 400) {
      throw new ZaloApiError(method, status, env.data.error_code, "not ok");
    }
    return env.data.result;
  };

  return {
    call,
    async getUpdates(timeoutSeconds, signal) {
      const { status, data } = await post(
        "getUpdates",
        // Zalo documents the timeout as a string of seconds.
        { timeout: String(timeoutSeconds) },
        { signal, timeoutMs: (timeoutSeconds + 10) * 1000 },
      );
      const env = envelopeSchema.safeParse(data);
      // "Nothing new" arrives as ok:false with error_code 408 (sometimes as an HTTP 408 as well).
      if (status === 408 || (env.success && !env.data.ok && env.data.error_code === 408)) return undefined;
      if (!env.success) throw new ZaloApiError("getUpdates", status, undefined, "bad response");
      if (!env.data.ok || status >= 400) throw new ZaloApiError("getUpdates", status, env.data.error_code, "not ok");
      return env.data.result ?? undefined;
    },
    async sendMessage(chatId, text) {
      await call("sendMessage", { chat_id: chatId, text });
    },
  };
}
