import { Writable } from "node:stream";
import pino from "pino";
import type { Logger } from "../../bot/log.js";

// A real pino logger writing into memory, deliberately WITHOUT the redaction of bot/log.ts: a test
// that finds no token here proves the code under test never hands the token to the logger at all.
export function captureLogger(level = "debug"): { log: Logger; output: () => string } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      lines.push(chunk.toString("utf8"));
      cb();
    },
  });
  return { log: pino({ level }, stream), output: () => lines.join("") };
}
