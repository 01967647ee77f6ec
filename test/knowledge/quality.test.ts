import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { evaluate, readQuestions } from "../../knowledge/evaluate.js";
import { loadKnowledgeBase } from "../../knowledge/index.js";

const kb = loadKnowledgeBase();
const engine = {
  ask: (q: string) => {
    const r = kb.search(q, { k: 3 });
    return { ids: r.results.map((x) => x.id), answerable: r.answerable, mode: r.mode };
  },
};
const own = (name: string): string => fileURLToPath(new URL(`./${name}`, import.meta.url));
const DEV = fileURLToPath(new URL("../../../shared/eval/qa-dev.jsonl", import.meta.url));

interface Floor {
  top1: number;
  top3: number;
  /** Share of in-scope questions refused, at most. */
  refused: number;
  /** Share of out-of-scope questions refused, at least. */
  oosRefused: number;
  /** Share of out-of-scope questions answered with confidence, at most. */
  oosAnswered: number;
}
// Floors just under what each file measures today (knowledge/README.md has the figures), so a change
// that loses ground fails. Issue 9's targets (top-1 95%, top-3 99%, refused 2%, out of scope refused
// 8 in 9 and answered 1 in 18) are not all met yet on the people's files; the README says where.
// Since 27 Nov the in-scope questions of every file up to heldout44 (with the dev file left out) are
// also the question model's training data (knowledge/docs/ke-hoach-131.questions.jsonl, see
// knowledge/README.md "The question model"): their floors guard against losing ground but no longer
// measure anything. heldout45 onwards are not trained on: they still measure unseen questions.
const OLD: Floor = { top1: 0.9, top3: 0.97, refused: 0.03, oosRefused: 0.8, oosAnswered: 0.06 };
const files: [string, string, Floor][] = [
  ["first holdout", own("qa-holdout.jsonl"), OLD],
  ["second holdout", own("qa-holdout2.jsonl"), OLD],
  // Written as new people ask (situations, slang, the document itself, abbreviations, conditionals).
  ["people, tuning file", own("qa-people-tune.jsonl"), { top1: 0.96, top3: 0.98, refused: 0.02, oosRefused: 0.88, oosAnswered: 0.04 }],
  ["people, held out 1", own("qa-people-heldout1.jsonl"), { top1: 0.92, top3: 1.0, refused: 0.0, oosRefused: 0.83, oosAnswered: 0.06 }],
  ["people, held out 2", own("qa-people-heldout2.jsonl"), { top1: 0.94, top3: 1.0, refused: 0.0, oosRefused: 0.9, oosAnswered: 0.0 }],
  ["people, held out 3", own("qa-people-heldout3.jsonl"), { top1: 0.9, top3: 1.0, refused: 0.0, oosRefused: 0.88, oosAnswered: 0.0 }],
  ["people, held out 4", own("qa-people-heldout4.jsonl"), { top1: 0.93, top3: 1.0, refused: 0.0, oosRefused: 1.0, oosAnswered: 0.0 }],
  ["people, held out 5", own("qa-people-heldout5.jsonl"), { top1: 0.92, top3: 1.0, refused: 0.0, oosRefused: 1.0, oosAnswered: 0.0 }],
  // Written before round 6 by someone who never saw the code; tuned on in round 6.
  ["people, held out 6", own("qa-people-heldout6.jsonl"), { top1: 0.98, top3: 1.0, refused: 0.01, oosRefused: 1.0, oosAnswered: 0.0 }],
  // Written before round 6 by someone who never saw the code; measured unseen after round 6, tuned on in round 7.
  ["people, held out 7", own("qa-people-heldout7.jsonl"), { top1: 0.97, top3: 1.0, refused: 0.02, oosRefused: 0.9, oosAnswered: 0.05 }],
  // Tuned on in round 8 (96.7 / 100 / 6.7% / 95% / 0 answered); unseen after round 7 it scored 88.9 / 96.7 / 6.7%.
  ["people, held out 8", own("qa-people-heldout8.jsonl"), { top1: 0.98, top3: 1.0, refused: 0.02, oosRefused: 1.0, oosAnswered: 0.0 }],
  // Written during rounds 7 and 8 by people who never saw the code; tuned on in round 9 (94 / 98 / 2% /
  // 95% / 1 answered; 94 / 97 / 1% / 95% / 0), unseen after round 8 they scored 88 / 96 / 4% and 91 / 96 / 6%.
  ["people, held out 9", own("qa-people-heldout9.jsonl"), { top1: 0.95, top3: 0.99, refused: 0.04, oosRefused: 0.95, oosAnswered: 0.05 }],
  ["people, held out 10", own("qa-people-heldout10.jsonl"), { top1: 0.98, top3: 1.0, refused: 0.01, oosRefused: 0.95, oosAnswered: 0.0 }],
  // Written during round 9 by someone who never saw the code (round 5: 86 / 98 / 12%; round 8: 94 / 100 /
  // 7%; round 9: 96 / 100 / 6%, out of scope all refused); tuned on in round 10 (100 / 100 / 0%).
  ["people, held out 11", own("qa-people-heldout11.jsonl"), { top1: 0.99, top3: 1.0, refused: 0.01, oosRefused: 0.95, oosAnswered: 0.0 }],
  // Written during round 10 by two people who never saw the code; measured unseen after round 10
  // (90 / 97 / 5% / 95% and 90 / 99 / 10% / 90%, none answered out of scope); tuned on in round 11
  // (95 / 97 / 2% / 100% and 95 / 99 / 0% / 100%, none answered).
  ["people, held out 12", own("qa-people-heldout12.jsonl"), { top1: 0.97, top3: 1.0, refused: 0.0, oosRefused: 0.9, oosAnswered: 0.0 }],
  ["people, held out 13", own("qa-people-heldout13.jsonl"), { top1: 0.94, top3: 0.99, refused: 0.0, oosRefused: 0.95, oosAnswered: 0.0 }],
  // Written during round 11 by two people who never saw the code; measured unseen after round 11
  // (92 / 97 / 6% / 90%, 2 answered; 90 / 96 / 6% / 95%, none). heldout14's misses were read once.
  // A number stated about something else (below) then took both to 20 of 20 out of scope refused.
  ["people, held out 14", own("qa-people-heldout14.jsonl"), { top1: 0.95, top3: 0.99, refused: 0.01, oosRefused: 0.95, oosAnswered: 0.0 }],
  // Round 20c refused one more here: "kêu" (complain) had been "corrected" into "theo" by its first letter.
  ["people, held out 15", own("qa-people-heldout15.jsonl"), { top1: 0.95, top3: 1.0, refused: 0.02, oosRefused: 1.0, oosAnswered: 0.0 }],
  // Written during round 12 by three people who never saw the code or the other files, before any
  // tuning (on the starting code: 89 / 97 / 10% / 90%, 96 / 99 / 7% / 95%, 88 / 99 / 4% / 85%, one
  // answered out of scope). The example questions and the new thresholds were chosen on the older
  // files and on 16 and 17 (whose refusals were read); 18 was only ever counted.
  ["people, held out 16", own("qa-people-heldout16.jsonl"), { top1: 0.99, top3: 1.0, refused: 0.05, oosRefused: 1.0, oosAnswered: 0.0 }],
  ["people, held out 17", own("qa-people-heldout17.jsonl"), { top1: 0.98, top3: 1.0, refused: 0.0, oosRefused: 1.0, oosAnswered: 0.0 }],
  ["people, held out 18", own("qa-people-heldout18.jsonl"), { top1: 0.96, top3: 1.0, refused: 0.0, oosRefused: 1.0, oosAnswered: 0.0 }],
  // Written after round 12 by two more people who never saw the code (on the round-11 code 86 / 96 /
  // 6% and 86 / 98 / 2%; on round 12 89 / 99 / 5% and 88 / 99 / 2%, all out of scope refused). Round
  // 12b read heldout19's misses; heldout20 was only ever counted.
  ["people, held out 19", own("qa-people-heldout19.jsonl"), { top1: 0.93, top3: 1.0, refused: 0.02, oosRefused: 1.0, oosAnswered: 0.0 }],
  ["people, held out 20", own("qa-people-heldout20.jsonl"), { top1: 0.91, top3: 1.0, refused: 0.02, oosRefused: 1.0, oosAnswered: 0.0 }],
  // Rounds 13–16, each batch of three written by people who never saw the code or the other files,
  // and counted before the round that read it (knowledge/README.md, "Rounds 13 to 16"). 21 and 22
  // were read for round 13, 24 and 26 for 13d, the out-of-scope misses of 21–26 for 13e, 27–29 for
  // round 14, 30–32 for round 15, 33–35 for round 16, 36–38's answered out-of-scope questions
  // for 16b and their refusals for 16c. 23 and 25 had only their refusals and out-of-scope misses
  // seen; 36–38's other in-scope questions were only ever counted.
  ["people, held out 21", own("qa-people-heldout21.jsonl"), { top1: 0.96, top3: 1.0, refused: 0.01, oosRefused: 0.95, oosAnswered: 0.05 }],
  ["people, held out 22", own("qa-people-heldout22.jsonl"), { top1: 0.98, top3: 1.0, refused: 0.0, oosRefused: 1.0, oosAnswered: 0.0 }],
  ["people, held out 23", own("qa-people-heldout23.jsonl"), { top1: 0.98, top3: 1.0, refused: 0.01, oosRefused: 1.0, oosAnswered: 0.0 }],
  ["people, held out 24", own("qa-people-heldout24.jsonl"), { top1: 0.93, top3: 0.99, refused: 0.02, oosRefused: 0.95, oosAnswered: 0.0 }],
  ["people, held out 25", own("qa-people-heldout25.jsonl"), { top1: 0.94, top3: 1.0, refused: 0.01, oosRefused: 0.95, oosAnswered: 0.0 }],
  ["people, held out 26", own("qa-people-heldout26.jsonl"), { top1: 0.96, top3: 1.0, refused: 0.02, oosRefused: 1.0, oosAnswered: 0.0 }],
  ["people, held out 27", own("qa-people-heldout27.jsonl"), { top1: 0.96, top3: 0.99, refused: 0.0, oosRefused: 1.0, oosAnswered: 0.0 }],
  ["people, held out 28", own("qa-people-heldout28.jsonl"), { top1: 0.94, top3: 0.99, refused: 0.01, oosRefused: 1.0, oosAnswered: 0.0 }],
  ["people, held out 29", own("qa-people-heldout29.jsonl"), { top1: 0.99, top3: 1.0, refused: 0.01, oosRefused: 1.0, oosAnswered: 0.0 }],
  ["people, held out 30", own("qa-people-heldout30.jsonl"), { top1: 0.97, top3: 1.0, refused: 0.0, oosRefused: 0.95, oosAnswered: 0.0 }],
  ["people, held out 31", own("qa-people-heldout31.jsonl"), { top1: 0.92, top3: 1.0, refused: 0.0, oosRefused: 1.0, oosAnswered: 0.0 }],
  ["people, held out 32", own("qa-people-heldout32.jsonl"), { top1: 0.98, top3: 1.0, refused: 0.0, oosRefused: 1.0, oosAnswered: 0.0 }],
  ["people, held out 33", own("qa-people-heldout33.jsonl"), { top1: 0.94, top3: 0.99, refused: 0.01, oosRefused: 1.0, oosAnswered: 0.0 }],
  ["people, held out 34", own("qa-people-heldout34.jsonl"), { top1: 0.94, top3: 1.0, refused: 0.01, oosRefused: 1.0, oosAnswered: 0.0 }],
  ["people, held out 35", own("qa-people-heldout35.jsonl"), { top1: 0.95, top3: 0.99, refused: 0.04, oosRefused: 1.0, oosAnswered: 0.0 }],
  ["people, held out 36", own("qa-people-heldout36.jsonl"), { top1: 0.97, top3: 1.0, refused: 0.01, oosRefused: 0.95, oosAnswered: 0.0 }],
  ["people, held out 37", own("qa-people-heldout37.jsonl"), { top1: 0.97, top3: 1.0, refused: 0.0, oosRefused: 0.95, oosAnswered: 0.05 }],
  ["people, held out 38", own("qa-people-heldout38.jsonl"), { top1: 0.98, top3: 0.99, refused: 0.01, oosRefused: 0.95, oosAnswered: 0.05 }],
  // Written after round 16 by three people who never saw the code; measured unseen (93.3 / 99.0 / 2.0% /
  // 90%, 1 answered of 60 out of scope), then tuned on in round 17.
  ["people, held out 39", own("qa-people-heldout39.jsonl"), { top1: 0.96, top3: 1.0, refused: 0.0, oosRefused: 1.0, oosAnswered: 0.0 }],
  ["people, held out 40", own("qa-people-heldout40.jsonl"), { top1: 0.95, top3: 1.0, refused: 0.0, oosRefused: 0.9, oosAnswered: 0.0 }],
  ["people, held out 41", own("qa-people-heldout41.jsonl"), { top1: 0.97, top3: 1.0, refused: 0.0, oosRefused: 1.0, oosAnswered: 0.0 }],
  // Written after round 17 by three more people who never saw the code (Hồ Chí Minh City and Bình
  // Dương; Central Highlands; Hải Phòng, Quảng Ninh, Thanh Hóa); measured unseen (92.0 / 99.0 / 3.0% /
  // 96.7%, 1 answered of 60 out of scope), then read in round 18. Round 18 cost heldout34 and 35 one
  // top-1 each and heldout40 one (a committee leader's question now also earns II.3 the role bonus).
  ["people, held out 42", own("qa-people-heldout42.jsonl"), { top1: 0.93, top3: 1.0, refused: 0.0, oosRefused: 0.95, oosAnswered: 0.0 }],
  ["people, held out 43", own("qa-people-heldout43.jsonl"), { top1: 0.97, top3: 1.0, refused: 0.0, oosRefused: 1.0, oosAnswered: 0.0 }],
  ["people, held out 44", own("qa-people-heldout44.jsonl"), { top1: 0.97, top3: 0.99, refused: 0.0, oosRefused: 0.95, oosAnswered: 0.05 }],
  // Written after round 18 by three more people who never saw the code (Hà Nội and its delta; the South
  // Central Coast; the northern mountains); measured unseen on round 18b's code: 94.0 / 99.7 / 1.7% /
  // 96.7%, 1 answered of 60 out of scope (round 16's code 92.7 / 99.3 / 2.3%, round 17's 93.3 / 99.3 / 1.7%).
  // Read in round 19.
  ["people, held out 45", own("qa-people-heldout45.jsonl"), { top1: 0.99, top3: 1.0, refused: 0.0, oosRefused: 1.0, oosAnswered: 0.0 }],
  ["people, held out 46", own("qa-people-heldout46.jsonl"), { top1: 0.99, top3: 1.0, refused: 0.0, oosRefused: 1.0, oosAnswered: 0.0 }],
  ["people, held out 47", own("qa-people-heldout47.jsonl"), { top1: 0.98, top3: 0.99, refused: 0.0, oosRefused: 1.0, oosAnswered: 0.0 }],
  // Written after round 19 by three more people who never saw the code (Mekong delta Khmer and Hoa
  // communities; state companies, banks and hospitals; young members and students); measured unseen on
  // round 19's code: 93.7 / 99.7 / 2.0% / 91.7%, 3 answered of 60 out of scope (round 16's code: 93.0 /
  // 99.0 / 2.7% / 91.7%, 3 answered).
  // Read in round 20.
  ["people, held out 48", own("qa-people-heldout48.jsonl"), { top1: 0.99, top3: 1.0, refused: 0.0, oosRefused: 1.0, oosAnswered: 0.0 }],
  ["people, held out 49", own("qa-people-heldout49.jsonl"), { top1: 0.99, top3: 1.0, refused: 0.0, oosRefused: 1.0, oosAnswered: 0.0 }],
  ["people, held out 50", own("qa-people-heldout50.jsonl"), { top1: 0.99, top3: 1.0, refused: 0.0, oosRefused: 1.0, oosAnswered: 0.0 }],
  // Written after round 20 by one more person who never saw the code (Nghệ An, Hà Tĩnh, Quảng Trị; the
  // two other writers of this batch did not finish); measured unseen on round 20c's code: 95.0 / 98.0 /
  // 5.0% / 85%, 1 answered of 20 out of scope (round 16's code: 95.0 / 98.0 / 6.0% / 80% / 1).
  // Read in round 21.
  // Floors of 45 to 51 raised on 27 Nov with the question model (not trained on them): 99.3 / 99.7 /
  // 0% / 98.3%, 99.3 / 100 / 0% / 96.7%, 98.0 / 98.0 / 0% / 90%, none answered out of scope.
  ["people, held out 51", own("qa-people-heldout51.jsonl"), { top1: 0.98, top3: 0.98, refused: 0.0, oosRefused: 1.0, oosAnswered: 0.0 }],
  // Written during the session of 27 Nov by two people who never saw the code (southern provinces,
  // conditional questions; newcomers who misname the bodies). Counted before reading: the question
  // model reordering only, 97.0 / 100 / 3% and 98.0 / 100 / 2%; with the gate kept (within half the
  // best score) 96.0 and 98.0; round 21's code on the same 93.0 / 100 / 3.0% / 95% and 97.0 / 100 /
  // 2.0% / 95%. With unanswered questions learned too (the commit that added these files): 96.0 / 100
  // / 1.0% / 95% and 98.0 / 100 / 0% / 95%, none answered out of scope. Not read.
  ["people, held out 52", own("qa-people-heldout52.jsonl"), { top1: 0.96, top3: 1.0, refused: 0.01, oosRefused: 1.0, oosAnswered: 0.0 }],
  ["people, held out 53", own("qa-people-heldout53.jsonl"), { top1: 0.98, top3: 1.0, refused: 0.0, oosRefused: 1.0, oosAnswered: 0.0 }],
  // Written in the same session (the Red River delta, typed fast without diacritics, shorthand) and
  // counted once the unanswered questions were learned: 98.0 / 99.0 / 1.0% / 90%, none answered
  // (reordering only: 98.0 / 99.0 / 2.0%; round 21's code: 96.0 / 99.0 / 2.0% / 90%). Not read.
  // Out-of-scope floors of 45 to 54 raised when suggestions people's questions place outside the
  // plan became refusals (decide.ts peopleRefuseOdds): 45–51 all 140 refused, 52–54 59 of 60.
  ["people, held out 54", own("qa-people-heldout54.jsonl"), { top1: 0.98, top3: 0.99, refused: 0.01, oosRefused: 0.95, oosAnswered: 0.0 }],
  // A second batch of the same session (staff of provincial and central bodies, formal; central
  // dialect, older cadres; young members in teencode), counted on the final code of the question
  // model before its refusal rule: 97.7 / 99.3 / 0.7% / 85% / 1 answered of 60 (round 21's code: 95.3 /
  // 99.3 / 2.0% / 85% / 1). The refusal rule (chosen by leave-one-batch-out and the dev file, after
  // this batch's out-of-scope figure was seen, its questions not): 97.7 / 99.3 / 0.7% / 95% / 1. Not read.
  ["people, held out 55", own("qa-people-heldout55.jsonl"), { top1: 0.98, top3: 1.0, refused: 0.0, oosRefused: 1.0, oosAnswered: 0.0 }],
  ["people, held out 56", own("qa-people-heldout56.jsonl"), { top1: 0.98, top3: 0.99, refused: 0.02, oosRefused: 0.95, oosAnswered: 0.05 }],
  ["people, held out 57", own("qa-people-heldout57.jsonl"), { top1: 0.97, top3: 0.99, refused: 0.0, oosRefused: 0.9, oosAnswered: 0.0 }],
];

describe.each(files)("search quality on the %s questions", (_name, file, floor) => {
  it("meets its floor", () => {
    // A missing file must fail loudly, not skip: the floors below would then measure nothing.
    expect(existsSync(file), `question file missing: ${file}`).toBe(true);
    const m = evaluate(engine, readQuestions(file));
    const why = m.misses.join("\n");
    expect(m.top1 / m.inScope, why).toBeGreaterThanOrEqual(floor.top1);
    expect(m.top3 / m.inScope, why).toBeGreaterThanOrEqual(floor.top3);
    expect(m.wronglyRefused / m.inScope, why).toBeLessThanOrEqual(floor.refused);
    expect(m.outOfScopeRefused / m.outOfScope, why).toBeGreaterThanOrEqual(floor.oosRefused);
    expect(m.outOfScopeModes.answer / m.outOfScope, why).toBeLessThanOrEqual(floor.oosAnswered);
  });
});

// The team's dev file lives outside this repository (../shared); a clone without it says so in the
// test's name instead of passing silently.
describe("search quality on the shared dev questions", () => {
  const present = existsSync(DEV);
  it.runIf(present)("meets its floor", () => {
    const m = evaluate(engine, readQuestions(DEV));
    const why = m.misses.join("\n");
    expect(m.top1 / m.inScope, why).toBeGreaterThanOrEqual(0.92);
    expect(m.top3 / m.inScope, why).toBeGreaterThanOrEqual(0.98);
    expect(m.wronglyRefused, why).toBe(0);
    expect(m.outOfScopeRefused, why).toBe(m.outOfScope);
  });
  it.skipIf(present)(`is not run: ${DEV} is absent in this checkout`, () => undefined);
});
