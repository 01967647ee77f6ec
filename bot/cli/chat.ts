import "dotenv/config";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { z } from "zod";
import { loadConfigOrExit } from "../config.js";
import { createLogger } from "../log.js";
import { openRuntime } from "../runtime.js";
import { consoleIncoming, consoleTurn, runConsoleChat } from "../channels/console.js";
import { cliTexts } from "./texts.js";

// `npm run -s chat -- --user console:ID [--name "Tên"] [--jsonl]`: the terminal chat over the same
// handlers and data directory as `npm start`; with --jsonl, one JSON line in, one JSON line out.
// `--help` (or an unknown option) prints the usage before anything is opened.
const lineSchema = z.union([
  z.object({ text: z.string(), id: z.string().min(1).optional() }).strict(),
  z.object({ choice: z.string().min(1), id: z.string().min(1).optional() }).strict(),
]);

function readArgs(): { user?: string; name?: string; jsonl?: boolean } {
  try {
    const { values } = parseArgs({
      options: { user: { type: "string" }, name: { type: "string" }, jsonl: { type: "boolean" }, help: { type: "boolean", short: "h" } },
    });
    if (!values.help) return values;
    process.stdout.write(`${cliTexts.chat.usage}\n`);
    process.exit(0);
  } catch {
    // An unknown or incomplete option: node's own message is English, so it is replaced.
    process.stderr.write(`${cliTexts.common.unknownOption(process.argv.slice(2).join(" "))}\n${cliTexts.chat.usage}\n`);
    process.exit(2);
  }
}

const values = readArgs();
const user = (values.user ?? "console:me").replace(/^console:/, "");
const config = loadConfigOrExit();
const log = createLogger(config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL);
const app = openRuntime(config, log);

if (!values.jsonl) {
  await runConsoleChat(app, { user, name: values.name });
} else {
  const rl = createInterface({ input: process.stdin, terminal: false });
  for await (const raw of rl) {
    if (!raw.trim()) continue;
    let input: z.infer<typeof lineSchema>;
    try {
      input = lineSchema.parse(JSON.parse(raw));
    } catch {
      process.stdout.write(JSON.stringify({ error: cliTexts.chat.badLine }) + "\n");
      continue;
    }
    // An input's id names one message of this person: the same id from another person is another message.
    const id = input.id === undefined ? undefined : `${encodeURIComponent(user)}:${input.id}`;
    const replies = consoleTurn(app, consoleIncoming(user, values.name, { ...input, id }));
    process.stdout.write(JSON.stringify({ replies }) + "\n");
  }
}
app.store.close();
