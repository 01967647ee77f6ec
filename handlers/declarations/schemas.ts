import { z } from "zod";
import { parseDate } from "../parse/date.js";
import { formatAmount, formatDay, formatIsoDay, formatVnd, isoDayIn } from "../../core/display.js";
import { parseMoney } from "../parse/money.js";
import { vi } from "../texts/vi.js";
import type { DialogChoice, StepEnv } from "../dialog/types.js";

// Answer schemas shared by the declaration dialogs; every refusal is a Vietnamese sentence that
// says what was understood and how to fix it.

const t = vi.declarations;

/** Free text kept as typed (channels escape output), minus control characters. */
export function freeText(min = 2) {
  return (
    z
      .string()
      // Control characters (not tab or newline) are invisible and break exports: dropped.
      // eslint-disable-next-line no-control-regex
      .transform((s) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "").trim())
      .superRefine((s, ctx) => {
        if (!s) ctx.addIssue({ code: "custom", message: t.textEmpty });
        else if (s.length < min) ctx.addIssue({ code: "custom", message: t.textTooShort(s) });
        // "...", "👍": no letter or digit says nothing the committee could read.
        else if (!/[\p{L}\p{N}]/u.test(s)) ctx.addIssue({ code: "custom", message: t.textNoWords(s) });
      })
  );
}

export const moneySchema = z.string().transform((s, ctx) => {
  const r = parseMoney(s);
  if (r.ok) return r.value;
  const message =
    r.reason === "ambiguous"
      ? t.money.ambiguous(r.candidates.map(formatAmount))
      : r.reason === "negative"
        ? t.money.negative
        : r.reason === "zero"
          ? t.money.zero
          : r.reason === "tooSmall"
            ? t.money.tooSmall(formatVnd(r.understood ?? 0n))
            : r.reason === "tooLarge"
              ? t.money.tooLarge(formatVnd(r.understood ?? 0n))
              : r.reason === "notDong"
                ? t.money.notDong(s)
                : r.reason === "bound"
                  ? t.money.bound(s, formatAmount(r.understood))
                  : t.money.unreadable(s);
  ctx.addIssue({ code: "custom", message });
  return z.NEVER;
});

export function dateSchema(env: StepEnv) {
  return dateAfter(env, undefined);
}

/** A date no earlier than the answer of step `key` (given back after it was given). */
export function dateNotBefore(key: string) {
  return (env: StepEnv) => dateAfter(env, typeof env.answers[key] === "string" ? (env.answers[key] as string) : undefined);
}

/** "09/03/2026, 9/3 hoặc hôm qua": yesterday, so the example's year is never stale. */
export function dateExample(env: StepEnv): string {
  const day = isoDayIn(new Date(env.now.getTime() - 86_400_000));
  const [, m, d] = day.split("-");
  return t.date.example(formatIsoDay(day), `${Number(d)}/${Number(m)}`);
}

function dateAfter(env: StepEnv, earliest: string | undefined) {
  return z.string().transform((s, ctx) => {
    const r = parseDate(s, env.now);
    if (r.ok && earliest && r.value < earliest) {
      ctx.addIssue({ code: "custom", message: t.date.beforeGift(formatIsoDay(r.value), formatIsoDay(earliest)) });
      return z.NEVER;
    }
    if (r.ok) return r.value;
    const understood = r.understood ?? s;
    const message =
      r.reason === "invalid"
        ? t.date.invalid(understood)
        : r.reason === "future"
          ? t.date.future(understood, formatDay(env.now))
          : r.reason === "tooEarly"
            ? t.date.tooEarly(understood)
            : r.reason === "vague"
              ? t.date.vague(s)
              : r.reason === "ambiguous"
                ? t.date.ambiguous(s, r.candidates ?? [])
                : t.date.unreadable(s);
    ctx.addIssue({ code: "custom", message });
    return z.NEVER;
  });
}

/** Options from an id → label map, with extra typed words per id. */
export function options<K extends string>(labels: Record<K, string>, aliases: Partial<Record<K, readonly string[]>> = {}): DialogChoice[] {
  return (Object.keys(labels) as K[]).map((id) => ({ id, label: labels[id], aliases: aliases[id] }));
}

export function oneOf<K extends string>(labels: Record<K, string>) {
  return z.enum(Object.keys(labels) as [K, ...K[]]);
}
