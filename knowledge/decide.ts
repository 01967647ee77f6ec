// Three outcomes for a question: a confident answer, a "did you mean" suggestion of the best
// sections, or a refusal. One signal is not enough: coverage says how much of the question the best
// section holds, the margin how clearly it beats the runner-up, and the known share whether the
// question's words belong to the corpus' territory at all.
export type Mode = "answer" | "suggest" | "refuse";

export interface Signals {
  /** IDF-weighted share of the question's content the best section contains (0..1). */
  coverage: number;
  /**
   * The same share counting only what the section's own text prints, not its example questions:
   * examples say a question is about a section; only the text can answer it.
   */
  textCoverage: number;
  /** 1 − second score / best score: 0 when two sections tie, 1 when only one matches. */
  margin: number;
  /** Best section's coverage − the runner-up's: the best holds clearly more of the question. */
  coverageGap: number;
  /** IDF-weighted share of the question's content the corpus knows at all (0..1). */
  known: number;
  /** The question asks for a number, an amount or a time limit that the best section does not state. */
  missingQuantity: boolean;
  /** The question asks for a fact (the plan's number, a name, what an article lists) that the best section does not print. */
  missingFact: boolean;
  /**
   * The best section is the one headed by the role the question is about ("Tôi là trưởng đoàn …",
   * "… thì mặt trận làm gì"): the role and the ask already point there, so the story's own words,
   * unknown to the text, count for less.
   */
  roleMatch: boolean;
  /** It asks what one may, must or must not do, or what happens then (asksConduct): what the plan answers. */
  conduct: boolean;
  /** Number of content units in the question (a long first-person story has many). */
  units: number;
  /**
   * How much likelier people's questions in these words were ones the plan answers than ones it
   * does not (log-odds, from the question model); undefined without unanswered questions to learn from.
   */
  inScopeOdds: number | undefined;
}

/**
 * Calibrated on `test/knowledge/qa-people-tune.jsonl` and checked on held-out files written before
 * each round (see knowledge/README.md); move them only with `npm run bench:kb` on all of them.
 */
export const THRESHOLDS = {
  /** Coverage at or above which the best section is cited as the answer … */
  answerCoverage: 0.52,
  /** … when at least this share of the question is known to the corpus … */
  answerKnown: 0.45,
  /** … and its own text (not only its example questions) holds at least this much of it … */
  answerTextCoverage: 0.2,
  /** … provided it beats the runner-up by this margin … */
  answerMargin: 0.12,
  /** … or holds this much more of the question than the runner-up; otherwise the top sections are suggested. */
  answerCoverageGap: 0.3,
  /** Below this coverage nothing is close: refuse … */
  suggestCoverage: 0.3,
  /** … and also when less than this share of the question is known to the corpus at all. */
  suggestKnown: 0.4,
  /** When the best section is the role's own: answered from this coverage and known share, with this margin … */
  roleAnswerCoverage: 0.35,
  roleAnswerKnown: 0.3,
  roleAnswerMargin: 0.3,
  /** … and suggested from these (a story told in words the text does not use, about a role it names). */
  roleSuggestCoverage: 0.1,
  roleSuggestKnown: 0.15,
  /** … or from this coverage when nearly all its words are the text's, only in other sections' places. */
  roleSuggestLowCoverage: 0.05,
  roleSuggestLowKnown: 0.6,
  /**
   * A question of the kind the plan answers (what one may, must or must not do, what happens then:
   * `conduct`) told in words the text does not use: suggested from these.
   */
  conductSuggestCoverage: 0.25,
  conductSuggestKnown: 0.25,
  /** … when one section stands out at least this much (a question about something else spreads evenly). */
  conductSuggestMargin: 0.1,
  /**
   * Refused by every rule above, yet people's questions in these words were the plan's: suggested
   * at these log-odds, with this many content units and this coverage. Leave-one-batch-out over the
   * labelled files: 32 of 45 wrongly refused questions suggested, none of 1,036 refused out-of-scope
   * ones; at 10 three everyday questions ("lương giám đốc công ty") were, so 20 keeps a margin.
   */
  peopleSuggestOdds: 20,
  peopleSuggestUnits: 3,
  peopleSuggestCoverage: 0.15,
  /**
   * Suggested by the rules, yet people's questions in these words were ones the plan does not
   * answer: refused at these log-odds or lower. Never an answer: the rules' confident answers stand.
   * Leave-one-batch-out: 12 of the 32 out-of-scope questions that were suggested or answered are
   * refused, no in-scope one (none from −6 to −15; three at −4); at −8 one question of the dev file
   * ("truy cứu trách nhiệm hình sự", −8.7) was, so −12.
   */
  peopleRefuseOdds: -12,
} as const;

/** The rules' mode, then people's questions: a refusal they place in the plan is suggested, a suggestion they place outside it refused. */
export function decideMode(s: Signals): Mode {
  const T = THRESHOLDS;
  const mode = decideByRules(s);
  const odds = s.inScopeOdds;
  if (odds === undefined || s.missingQuantity || s.missingFact) return mode;
  if (mode === "refuse" && odds >= T.peopleSuggestOdds && s.units >= T.peopleSuggestUnits && s.coverage >= T.peopleSuggestCoverage)
    return "suggest";
  if (mode === "suggest" && odds <= T.peopleRefuseOdds) return "refuse";
  return mode;
}

function decideByRules(s: Signals): Mode {
  if (s.missingQuantity || s.missingFact) return "refuse";
  const T = THRESHOLDS;
  const ahead = s.margin >= T.answerMargin || s.coverageGap >= T.answerCoverageGap;
  if (s.coverage >= T.answerCoverage && s.textCoverage >= T.answerTextCoverage && s.known >= T.answerKnown && ahead) return "answer";
  // The role's own section is answered before anything is merely suggested: asking what one may do
  // ("… đưa 1 phần dc k") in words the text does not use must not demote an answer the role gives.
  if (
    s.roleMatch &&
    s.coverage >= T.roleAnswerCoverage &&
    s.textCoverage >= T.answerTextCoverage &&
    s.known >= T.roleAnswerKnown &&
    s.margin >= T.roleAnswerMargin
  )
    return "answer";
  if (s.coverage >= T.suggestCoverage && s.known >= T.suggestKnown) return "suggest";
  if (s.conduct && s.coverage >= T.conductSuggestCoverage && s.known >= T.conductSuggestKnown && s.margin >= T.conductSuggestMargin)
    return "suggest";
  if (s.roleMatch && s.coverage >= T.roleSuggestCoverage && s.known >= T.roleSuggestKnown) return "suggest";
  if (s.roleMatch && s.coverage >= T.roleSuggestLowCoverage && s.known >= T.roleSuggestLowKnown) return "suggest";
  return "refuse";
}
