import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// The people who talk to the bot in the load benchmark and the crash test, each in their own
// private chat, each waiting for the bot's answer before typing again:
// - declarants ask a question, make a whole gift or conflict declaration (with one wrong answer
//   on the way), confirm it, look at /cua_toi and ask another question;
// - committee members list pending declarations and decide them, by button and reason or by
//   /quyet_dinh in one line, taking each receipt code once from a shared queue.
// A declarant reads the step the bot asks ("Bước k/N") and answers that step, so the same script
// survives a lost or repeated reply; against an echo bot the same inputs are sent in the same
// order and the echo is the answer.
// The platform is a Transport (bench/telegram-transport.ts, bench/zalo-transport.ts): how a person
// types, picks an option (a button on Telegram, the option's number on Zalo) and reads the bot's
// messages; what a person says and when a turn ends is the same on every platform.

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

export type Mode = "bot" | "echo";

/** Questions for the people to ask: the team's development set, or the repository's holdout set. */
export function loadQuestions(): string[] {
  const candidates = [join(REPO_ROOT, "..", "shared", "eval", "qa-dev.jsonl"), join(REPO_ROOT, "test", "knowledge", "qa-holdout.jsonl")];
  for (const file of candidates) {
    if (!existsSync(file)) continue;
    const qs = readFileSync(file, "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { q: string }).q);
    if (qs.length) return qs;
  }
  return ["thanh vien doan co duoc nhan qua khong"];
}

/** One message of the bot as a person sees it, on any platform. */
export interface BotMessage {
  chatId: string;
  text: string;
  /** Date.now() when the fake platform received it. */
  at: number;
}

/** Someone talking to the bot; the platform's user and private chat ids are derived from `id`. */
export interface Person {
  id: number;
  name: string;
}

/** How people reach the bot on one platform: what they send, what they see. */
export interface Transport {
  /** The channel, as person ids in the bot's data start ("telegram:100001"). */
  channel: "telegram" | "zalo";
  /** The bot's messages in the person's private chat, oldest first. */
  chat(person: Person): readonly BotMessage[];
  /** Calls `listener` for each message the bot sends to the person's chat; returns an unsubscribe function. */
  watch(person: Person, listener: () => void): () => void;
  /** The person types a text; returns the update's number (as `taken` knows it). */
  type(person: Person, text: string): number;
  /**
   * The person picks the option `data` (the handlers' choice id) of the newest message offering
   * it; returns the update's number and what an echo bot sends back for it.
   */
  pick(person: Person, data: string): { update: number; echo: string };
  /** True when the message offers options to pick. */
  offersOptions(m: BotMessage): boolean;
  /** True once the bot took the update for good (Telegram: confirmed by offset; Zalo: handed out). */
  taken(update: number): boolean;
  /**
   * The option to pick when an answer did not come, which only shows the current step again (a
   * stale button on Telegram); none where the platform has no such thing.
   */
  nudge?: string;
}

/** The person's id in the bot's data and in ADMIN_IDS ("zalo:100001"). */
export const personKey = (t: Pick<Transport, "channel">, id: number) => `${t.channel}:${id}`;

export interface TurnRecord {
  person: number;
  updateId: number;
  input: string;
  /** ms from the update being available to the message that ends the turn; undefined if none came. */
  latencyMs?: number;
  /** The bot had confirmed the update (offset past it) when the turn timed out. */
  acknowledged?: boolean;
}

export interface Outcome {
  person: number;
  role: "declarant" | "reviewer";
  /** The receipt code the declarant got. */
  code?: string;
  finished: boolean;
  error?: string;
  /** Step numbers asked, in order ("Bước k/N" → k; summary → N+1): a resumed dialog never goes back. */
  steps: number[];
  /** Turns whose reply did not come in time. */
  lost: number;
  decided: number;
}

export interface RunShared {
  transport: Transport;
  mode: Mode;
  questions: string[];
  /** Receipt codes waiting for a decision. */
  codes: string[];
  /** Declarants still working: reviewers stop when none is and the queue is empty. */
  activeDeclarants: number;
  turns: TurnRecord[];
  /** How long a person waits for an answer before taking it as lost. */
  turnTimeoutMs: number;
  /** Nobody waits past this moment (Date.now() value). */
  deadline: number;
  /** Set by a crash test while the bot is down, and when it is back: waits don't count downtime. */
  restarting?: boolean;
  restartedAt?: number;
  /** Decisions the echo run's reviewers make each (the bot run shares the queue instead). */
  echoRoundsPerReviewer: number;
}

const STEP = /Bước (\d+)\/(\d+)\./;
const SUMMARY = /kiểm tra lại nội dung trước khi gửi/;
const RECEIPT = /Đã nhận bản khai\. Mã bản khai: ((?:QT|XD)-\d{4}-\d{6})/;
const NOTICE = /^Ủy ban Kiểm tra đã xem xét bản khai/;
const DECIDED = /Đã ghi quyết định cho/;
const CODE = /(?:QT|XD)-\d{4}-\d{6}/;
const STALE = /^Nút này đã cũ/;
export const REASON_MARK = "đúng quy định, lượt";

const isNotice = (m: BotMessage) => NOTICE.test(m.text);

/** A declarant's answers for each step, typed or pressed; the wrong one is given once first. */
interface DeclarationPlan {
  command: string;
  total: number;
  answers: Record<number, { text?: string; press?: string }>;
  wrong: { step: number; text: string };
  confirm: string;
}

function giftPlan(p: number): DeclarationPlan {
  return {
    command: "/khaibao_qua",
    total: 10,
    answers: {
      1: { press: "giverType:individual" },
      2: { text: `Trần Văn Tặng ${p}` },
      3: { text: "Giám đốc Công ty Cổ phần E" },
      4: { text: "1" },
      5: { press: "giftKind:money" },
      6: { text: `Phong bì bí mật số ${p} sau buổi làm việc` },
      7: { text: `${(p % 9) + 1}tr5` },
      8: { text: "hôm qua" },
      9: { press: "action:refused" },
      10: { text: "bỏ qua" },
    },
    wrong: { step: 7, text: "một ít tiền" },
    confirm: "gift:confirm",
  };
}

function conflictPlan(p: number): DeclarationPlan {
  return {
    command: "/khaibao_xungdot",
    total: 8,
    answers: {
      1: { press: "role:team_member" },
      2: { text: `Đoàn kiểm tra theo Quyết định ${p}-QĐ/UBKT` },
      3: { text: "Ban Thường vụ Đảng ủy xã A" },
      4: { press: "linkType:family_subject" },
      5: { text: "1" },
      6: { text: `Nguyễn Văn Họhàng ${p}, Phó Chủ tịch UBND xã A` },
      7: { press: "askToWithdraw:yes" },
      8: { text: "bỏ qua" },
    },
    wrong: { step: 4, text: "9" },
    confirm: "conflict:confirm",
  };
}

export function planFor(p: number): DeclarationPlan {
  return p % 2 === 0 ? giftPlan(p) : conflictPlan(p);
}

/** The inputs a declarant sends when nothing goes wrong (what the echo run replays). */
function nominalDeclaration(plan: DeclarationPlan): { text?: string; press?: string }[] {
  const out: { text?: string; press?: string }[] = [{ text: plan.command }];
  for (let k = 1; k <= plan.total; k++) {
    if (k === plan.wrong.step) out.push({ text: plan.wrong.text });
    out.push(plan.answers[k]!);
  }
  out.push({ press: plan.confirm });
  return out;
}

export class Conversation {
  private seen = 0;
  readonly person: Person;

  constructor(
    private readonly shared: RunShared,
    id: number,
    name: string,
  ) {
    this.person = { id, name };
  }

  private messages(): readonly BotMessage[] {
    return this.shared.transport.chat(this.person);
  }

  /** Waits for a message after the cursor that satisfies `until`; advances the cursor past it. */
  private waitFor(until: (m: BotMessage) => boolean, timeoutMs: number): Promise<BotMessage | undefined> {
    const scan = (): BotMessage | undefined => {
      const all = this.messages();
      for (let i = this.seen; i < all.length; i++) {
        if (until(all[i]!)) {
          this.seen = i + 1;
          return all[i];
        }
      }
      return undefined;
    };
    const now = scan();
    if (now) return Promise.resolve(now);
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | undefined = undefined;
      const stop = this.shared.transport.watch(this.person, () => {
        const hit = scan();
        if (hit) {
          stop();
          clearTimeout(timer);
          resolve(hit);
        }
      });
      timer = setTimeout(() => {
        stop();
        resolve(undefined);
      }, timeoutMs);
    });
  }

  /** Takes everything received so far as read (a part of an answer that came too late, say). */
  skipReceived(): void {
    this.seen = this.messages().length;
  }

  /**
   * One turn: sends the input and waits for the message that ends the turn (in echo mode: the
   * echo). A turn without an answer in time is recorded and returns undefined.
   */
  async turn(input: { text?: string; press?: string }, until: (m: BotMessage) => boolean): Promise<BotMessage | undefined> {
    const shared = this.shared;
    const start = Date.now();
    let update: number;
    let echo: string;
    if (input.text !== undefined) {
      update = shared.transport.type(this.person, input.text);
      echo = input.text;
    } else ({ update, echo } = shared.transport.pick(this.person, input.press!));
    const pred = shared.mode === "echo" ? (m: BotMessage) => m.text === echo : until;
    let got: BotMessage | undefined;
    for (let waitStart = start; ;) {
      got = await this.waitFor(pred, Math.max(1, Math.min(shared.turnTimeoutMs, shared.deadline - Date.now())));
      if (got || Date.now() > shared.deadline) break;
      // The bot was down meanwhile: it gets the whole time again from its return.
      if (!shared.restarting && (shared.restartedAt ?? 0) <= waitStart) break;
      waitStart = Date.now();
    }
    const record: TurnRecord = { person: this.person.id, updateId: update, input: input.text ?? input.press! };
    if (got) record.latencyMs = got.at - start;
    else record.acknowledged = shared.transport.taken(update);
    shared.turns.push(record);
    return got;
  }
}
const notNotice = (m: BotMessage) => !isNotice(m);
const isPrompt = (m: BotMessage) => STEP.test(m.text) || SUMMARY.test(m.text) || RECEIPT.test(m.text);

/** Which step a prompt asks: k for "Bước k/N", N+1 for the summary, N+2 for the receipt. */
function stepOf(m: BotMessage, total: number): number {
  const s = STEP.exec(m.text);
  if (s) return Number(s[1]);
  if (SUMMARY.test(m.text)) return total + 1;
  return total + 2;
}

const tooLate = (shared: RunShared) => Date.now() > shared.deadline;

export async function runDeclarant(shared: RunShared, id: number, index: number): Promise<Outcome> {
  const c = new Conversation(shared, id, `Người khai ${index}`);
  const out: Outcome = { person: id, role: "declarant", finished: false, steps: [], lost: 0, decided: 0 };
  const q = shared.questions;
  const plan = planFor(index);
  try {
    if (!(await c.turn({ text: q[index % q.length]! }, notNotice))) out.lost++;

    if (shared.mode === "echo") {
      for (const input of nominalDeclaration(plan)) if (!(await c.turn(input, notNotice))) out.lost++;
      out.code = "echo";
    } else {
      let prompt = await c.turn({ text: plan.command }, isPrompt);
      let wrongGiven = false;
      // Bounded: each step at most a few times (the wrong answer, a nudge after a lost reply).
      for (let guard = 0; guard < plan.total * 4 + 8 && !tooLate(shared); guard++) {
        if (!prompt) {
          // No answer in time: like a person would, poke the bot with a stale button, which
          // shows the current step again without changing anything.
          out.lost++;
          const nudge = shared.transport.nudge;
          if (!nudge) throw new Error(`no answer in time after step ${String(out.steps.at(-1) ?? 0)}`);
          // Whatever came of the unanswered turn so far (the first part of a two-part answer cut
          // by a kill) is not the answer to the poke.
          c.skipReceived();
          // The answer is "this button is old" and the current step, or, with no dialog, one line.
          const poke = await c.turn({ press: nudge }, (m) => isPrompt(m) || (notNotice(m) && !STALE.test(m.text)));
          if (poke && !isPrompt(poke)) {
            // No dialog any more: the confirmation went through and only its receipt was lost.
            const last = out.steps.at(-1);
            if (last !== plan.total + 1) throw new Error(`dialog gone at step ${String(last)}: «${poke.text.slice(0, 80)}»`);
            for (let tries = 0; tries < 3 && !out.code; tries++) {
              const mine = await c.turn({ text: "/cua_toi" }, (m) => /Các bản khai của đồng chí/.test(m.text));
              out.code = mine ? CODE.exec(mine.text)?.[0] : undefined;
            }
            if (!out.code) throw new Error("confirmed, but /cua_toi lists no declaration");
            break;
          }
          prompt = poke;
          continue;
        }
        const step = stepOf(prompt, plan.total);
        out.steps.push(step);
        if (step === plan.total + 2) {
          out.code = RECEIPT.exec(prompt.text)![1];
          break;
        }
        let input: { text?: string; press?: string };
        if (step === plan.total + 1) input = { press: plan.confirm };
        else if (step === plan.wrong.step && !wrongGiven) {
          wrongGiven = true;
          input = { text: plan.wrong.text };
        } else input = plan.answers[step]!;
        prompt = await c.turn(input, isPrompt);
      }
      if (!out.code) throw new Error(`declaration not finished (steps ${out.steps.join(",")})`);
      shared.codes.push(out.code);
    }

    const mine = await c.turn({ text: "/cua_toi" }, (m) => /Các bản khai của đồng chí/.test(m.text));
    if (!mine) out.lost++;
    else if (shared.mode === "bot" && !mine.text.includes(out.code)) throw new Error(`/cua_toi does not list ${out.code}`);
    if (!(await c.turn({ text: q[(index * 7 + 3) % q.length]! }, notNotice))) out.lost++;
    out.finished = true;
  } catch (err) {
    out.error = err instanceof Error ? err.message : String(err);
  } finally {
    shared.activeDeclarants--;
  }
  return out;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runReviewer(shared: RunShared, id: number, index: number): Promise<Outcome> {
  const c = new Conversation(shared, id, `Ủy viên ${index}`);
  const out: Outcome = { person: id, role: "reviewer", finished: false, steps: [], lost: 0, decided: 0 };
  try {
    for (let round = 0; !tooLate(shared); round++) {
      let code: string | undefined;
      if (shared.mode === "echo") {
        if (round >= shared.echoRoundsPerReviewer) break;
        code = `QT-2026-${String(round + 1).padStart(6, "0")}`;
      } else {
        // Take the next receipt code; wait while declarants are still at work.
        while (!(code = shared.codes.shift()) && shared.activeDeclarants > 0 && !tooLate(shared)) await sleep(20);
        if (!code) break;
      }
      const reason = `Đã đối chiếu, ${REASON_MARK} ${round} của ủy viên ${index}`;
      if (round % 2 === 0) {
        if (!(await c.turn({ text: "/cho_duyet" }, (m) => /chờ xem xét/.test(m.text)))) out.lost++;
        const view = await c.turn({ text: `/xem ${code}` }, (m) => shared.transport.offersOptions(m) || /Không tìm thấy/.test(m.text));
        if (!view) out.lost++;
        const asked = await c.turn({ press: `/quyet_dinh ${code} chap_nhan` }, (m) => m.text.includes(code!) && !DECIDED.test(m.text));
        if (!asked) out.lost++;
        const done = await c.turn({ text: reason }, (m) => DECIDED.test(m.text));
        if (!done) out.lost++;
        else out.decided++;
      } else {
        const done = await c.turn({ text: `/quyet_dinh ${code} chap_nhan ${reason}` }, (m) => DECIDED.test(m.text) || CODE.test(m.text));
        if (!done) out.lost++;
        else if (DECIDED.test(done.text) || shared.mode === "echo") out.decided++;
      }
    }
    out.finished = true;
  } catch (err) {
    out.error = err instanceof Error ? err.message : String(err);
  }
  return out;
}

export interface PeoplePlan {
  declarants: number[];
  reviewers: number[];
}

/** Person ids: declarants from 100001, reviewers from 900001; a few reviewers per 40 people. */
export function peoplePlan(users: number): PeoplePlan {
  const reviewers = Math.max(1, Math.round(users / 40));
  const declarants = Math.max(1, users - reviewers);
  return {
    declarants: Array.from({ length: declarants }, (_, i) => 100_001 + i),
    reviewers: Array.from({ length: reviewers }, (_, i) => 900_001 + i),
  };
}

export function adminIdsFor(plan: PeoplePlan, transport: Pick<Transport, "channel">): string {
  return plan.reviewers.map((r) => personKey(transport, r)).join(",");
}

/** Runs everyone at once; resolves when all are done (or the deadline passed). */
export async function runPeople(shared: RunShared, plan: PeoplePlan): Promise<Outcome[]> {
  shared.activeDeclarants = plan.declarants.length;
  shared.echoRoundsPerReviewer = Math.ceil(plan.declarants.length / plan.reviewers.length);
  const all = [
    ...plan.declarants.map((id, i) => runDeclarant(shared, id, i)),
    ...plan.reviewers.map((id, i) => runReviewer(shared, id, i)),
  ];
  return Promise.all(all);
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
