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

  it("answers 503 naming the channel that stopped receiving, so a supervisor restarts the bot", async () => {
    server = createHttpServer();
    let polling = true;
    server.addHealthChannel("telegram", () => polling);
    server.addHealthChannel("zalo");
    server.addHealthChannel("zalo");
    const port = await server.listen(0, "127.0.0.1");
    expect(await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()).toEqual({ ok: true, channels: ["telegram", "zalo"] });
    polling = false;
    const down = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ ok: false, channels: ["telegram", "zalo"], down: ["telegram"] });
  });

  it("compares secrets exactly, whatever their length", () => {
    expect(secretMatches("s3cret-value", "s3cret-value")).toBe(true);
    expect(secretMatches("s3cret-valuf", "s3cret-value")).toBe(false);
    expect(secretMatches("s3cret", "s3cret-value")).toBe(false);
    expect(secretMatches(undefined, "s3cret-value")).toBe(false);
    expect(secretMatches(["a", "b"], "s3cret-value")).toBe(false);
  });
});
