import { createServer, request, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

// A tiny Bot API proxy on loopback: forwards every call to the emulator unless `decide` says to
// answer it itself (a 429 with retry_after) or to cut the connection (a network failure).

export type ProxyAction = "forward" | { status: number; body: unknown } | "drop";

export interface ApiProxy {
  apiRoot: string;
  /** Bot API method names seen, in order. */
  calls: { method: string; body: string; at: number }[];
  close(): Promise<void>;
}

export async function startApiProxy(target: string, decide: (method: string, body: string) => ProxyAction): Promise<ApiProxy> {
  const t = new URL(target);
  const calls: ApiProxy["calls"] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const method = (req.url ?? "").split("?")[0]!.split("/").pop() ?? "";
      calls.push({ method, body: body.toString("utf8"), at: Date.now() });
      const action = decide(method, body.toString("utf8"));
      if (action === "drop") {
        req.socket.destroy();
        return;
      }
      if (action !== "forward") {
        res.writeHead(action.status, { "content-type": "application/json" }).end(JSON.stringify(action.body));
        return;
      }
      const headers: IncomingHttpHeaders = { ...req.headers, host: t.host, "content-length": String(body.length) };
      const up = request({ hostname: t.hostname, port: t.port, path: req.url, method: req.method, headers }, (upRes) => {
        res.writeHead(upRes.statusCode ?? 502, upRes.headers);
        upRes.pipe(res);
      });
      up.on("error", () => res.writeHead(502).end());
      up.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    apiRoot: `http://127.0.0.1:${port}`,
    calls,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
