import axios from "axios";

// The ceiling for `bench/load.ts --channel zalo`: the simplest correct Zalo bot. One loop, as the
// real channel polls (bot/channels/zalo.ts): getUpdates (one update per call, 408 when nothing
// came), answer a text with the same text, then poll again. axios, as the real channel uses, and
// nothing else: whatever the real bot does beyond this costs throughput.

const token = process.env.ZALO_BOT_TOKEN;
const root = process.env.ZALO_API_ROOT;
if (!token || !root) {
  process.stderr.write("zalo-echo-bot: ZALO_BOT_TOKEN and ZALO_API_ROOT are needed\n");
  process.exit(2);
}

interface Envelope {
  ok: boolean;
  result?: { message?: { chat?: { id?: string }; text?: string } };
  error_code?: number;
}

const ac = new AbortController();
const call = async (method: string, body: Record<string, unknown>, timeoutMs: number): Promise<Envelope> => {
  const res = await axios.post<Envelope>(`${root}/bot${token}/${method}`, body, {
    timeout: timeoutMs,
    signal: ac.signal,
    validateStatus: () => true,
  });
  return res.data;
};

const stop = () => {
  ac.abort();
  process.exit(0);
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);

await call("deleteWebhook", {}, 15_000);
process.stderr.write("zalo echo bot started\n");
for (;;) {
  try {
    const got = await call("getUpdates", { timeout: "30" }, 40_000);
    if (!got.ok) {
      // 408: nothing new. Anything else: wait a little before trying again.
      if (got.error_code !== 408) await new Promise((r) => setTimeout(r, 1000));
      continue;
    }
    const chatId = got.result?.message?.chat?.id;
    const text = got.result?.message?.text;
    if (chatId && text) await call("sendMessage", { chat_id: chatId, text }, 15_000);
  } catch (err) {
    process.stderr.write(`zalo-echo-bot: ${err instanceof Error ? err.message : String(err)}\n`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}
