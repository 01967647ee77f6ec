import { afterEach, describe, expect, it } from "vitest";
import { createHttpServer, secretMatches, type HttpServer } from "../../bot/http-server.js";

let server: HttpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("webhook server", () => {
  it("answers /healthz with the running channels and 404 elsewhere", async () => {
    server = createHttpServer();
    server.addHealthChannel("telegram");
    const port = await server.listen(0, "127.0.0.1");
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ ok: true, channels: ["telegram"] });
    expect((await fetch(`http://127.0.0.1:${port}/nope`)).status).toBe(404);
  });

  it("compares secrets exactly, whatever their length", () => {
    expect(secretMatches("s3cret-value", "s3cret-value")).toBe(true);
    expect(secretMatches("s3cret-valuf", "s3cret-value")).toBe(false);
    expect(secretMatches("s3cret", "s3cret-value")).toBe(false);
    expect(secretMatches(undefined, "s3cret-value")).toBe(false);
    expect(secretMatches(["a", "b"], "s3cret-value")).toBe(false);
  });
});
