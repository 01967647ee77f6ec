// `npm run -s kb -- …`: the knowledge base's own commands (search, explain: knowledge/cli.ts), and
// `unanswered --json`, which reads the bot's database and so cannot live in knowledge/ (knowledge
// imports nothing but core).
import { parseArgs } from "node:util";
import { groupQuestions } from "../../handlers/unanswered/group.js";
import { unansweredCutoff } from "../../handlers/unanswered/record.js";
import { listUnanswered, purgeUnansweredBefore } from "../../storage/unanswered.js";
import { loadConfigOrExit } from "../config.js";
import { openStoreOrExit } from "../open-store.js";

const USAGE = `Dùng:
  kb unanswered --json   câu hỏi bot chưa trả lời được, gộp theo nội dung, mới nhất trước:
                         [{"question","count","lastAt","mode"}] (không có người hỏi)
  kb search | explain …  xem: kb --help`;

if (process.argv[2] === "unanswered") {
  const { values } = parseArgs({
    args: process.argv.slice(3),
    options: { json: { type: "boolean" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help || !values.json) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(values.help ? 0 : 2);
  }
  const config = loadConfigOrExit();
  const store = openStoreOrExit(config, { create: false });
  const now = new Date();
  const groups = store.tx(() => {
    purgeUnansweredBefore(store, unansweredCutoff({ now, config: { adminIds: [], reviewDueDays: 0, kbLogDays: config.KB_LOG_DAYS } }));
    return groupQuestions(listUnanswered(store));
  });
  store.close();
  process.stdout.write(
    `${JSON.stringify(groups.map((g) => ({ question: g.question, count: g.count, lastAt: g.lastAt.toISOString(), mode: g.mode })))}\n`,
  );
} else {
  await import("../../knowledge/cli.js");
}
