import { describe, expect, it } from "vitest";
import { ZaloApiError } from "../../bot/channels/zalo-api.js";

describe("Zalo errors tell the outbox whether to retry", () => {
  it("retries network failures, rate limits and server errors; not refusals", () => {
    expect(new ZaloApiError("sendMessage", undefined, undefined, "network").retryable).toBe(true);
    expect(new ZaloApiError("sendMessage", 502, undefined, "not ok").retryable).toBe(true);
    expect(new ZaloApiError("sendMessage", 200, 429, "not ok").retryable).toBe(true);
    expect(new ZaloApiError("sendMessage", 200, 400, "not ok").retryable).toBe(false);
    expect(new ZaloApiError("sendMessage", 403, 403, "not ok").retryable).toBe(false);
  });
});
