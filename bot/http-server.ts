import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { timingSafeEqual, createHash } from "node:crypto";

// One small HTTP server for every webhook and /healthz. node:http rather than a framework: the
// bot needs three routes, and each channel's webhook wants the raw body and its own header check.
// In polling mode it serves /healthz alone (when PORT is set), so a supervisor can watch the bot.

/** Handles one request whose body was read in full (at most 1 MiB). */
export type RouteHandler = (req: IncomingMessage, body: Buffer, res: ServerResponse) => void | Promise<void>;

/** The process's one HTTP server: webhook routes and /healthz. */
export interface HttpServer {
  route(method: "GET" | "POST", path: string, handler: RouteHandler): void;
  /**
   * A channel reported by GET /healthz; `healthy` (default: always) says whether it still receives
   * updates. Adding a name again replaces its probe.
   */
  addHealthChannel(name: string, healthy?: () => boolean): void;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;

/**
 * Creates the server (not yet listening). Promises: a request body over 1 MiB gets 413, an unknown
 * route 404, a handler that throws 500 (the error goes to `onError`); GET /healthz answers 200
 * `{ ok: true, channels }` while every channel is healthy, else 503 with `ok: false` and the
 * names of those `down`.
 */
export function createHttpServer(onError: (err: unknown) => void = () => {}): HttpServer {
  const routes = new Map<string, RouteHandler>();
  const channels = new Map<string, () => boolean>();
  routes.set("GET /healthz", (_req, _body, res) => {
    const names = [...channels.keys()];
    const down = names.filter((n) => !channels.get(n)!());
    const body = down.length ? { ok: false, channels: names, down } : { ok: true, channels: names };
    res.writeHead(down.length ? 503 : 200, { "content-type": "application/json" }).end(JSON.stringify(body));
  });
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    const handler = routes.get(`${req.method} ${path}`);
    if (!handler) {
      res.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        res.writeHead(413).end();
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on("end", () => {
      if (res.writableEnded) return;
      Promise.resolve(handler(req, Buffer.concat(chunks), res)).catch((err: unknown) => {
        onError(err);
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
  });
  return {
    route: (method, path, handler) => void routes.set(`${method} ${path}`, handler),
    addHealthChannel: (name, healthy = () => true) => void channels.set(name, healthy),
    listen: (port, host = "0.0.0.0") =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
      }),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Compares a received secret with the expected one in constant time (hashing first equalises lengths). */
export function secretMatches(received: string | string[] | undefined, expected: string): boolean {
  if (typeof received !== "string") return false;
  const a = createHash("sha256").update(received).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}
