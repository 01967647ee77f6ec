import { createServer } from "node:net";

/** A loopback port nothing listens on right now (for a server a child process will open, or a root that must refuse). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}
