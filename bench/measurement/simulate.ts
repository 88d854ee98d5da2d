import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unseenItems } from '../../src/core/measurement/items.js';
import { cutFor } from '../../src/core/measurement/rules/levels.js';
import type { Difficulty } from '../../src/core/shared/types.js';
import { seedDir } from '../../src/shared/project-paths.js';
import { createBenchCore, importLearners, type BenchCore } from './bench-core.js';
import { figures, type Figures } from './figures.js';
import { fixedBaseline, OLD_GAP_THRESHOLD, OLD_QUESTIONS_PER_SKILL, type BankItem } from './fixed-baseline.js';
import { coreCheckIns, type CheckInPhase } from './check-ins.js';
import { answerModel, makeLearners, type RoleSpec } from './learners.js';
import { sitAdaptive, type SkillOutcome } from './sitting.js';

export const DESIGNS = { fixed: 'fixed-3-items (old)', adaptive: 'adaptive', adaptiveDontKnow: "adaptive + I don't know" } as const;

export const TARGETS = {
  decidedRight: { atLeast: 0.95, text: 'decided verdicts right >= 95%' },
  questionsPerSkill: { atMost: 2.5, text: 'first sitting <= 2.5 questions per expected skill' },
  after14DaysDecidedShare: { atLeast: 0.6, text: 'after the check-in days >= 60% of expected skills decided' },
  falseGapShare: { atMost: 0.03, text: 'false gaps shown as certain <= 3% of expected skills' },
} as const;

export interface DesignFigures extends Figures {
  after14Days: Figures;
}

export interface MeasurementReport {
  benchmark: 'measurement';
  at: string;
  seed: string;
  learners: number;
  roles: string[];
  expectedSkills: number;
  checkInDays: number;
  /** of which working days (check-ins come on working days only) */
  checkInWorkingDays: number;
  checkIns: string;
  calibration: string;
  settings: { skillCertainty: number; skillMaxQuestions: number; assessmentMaxQuestions: number; checkInQuestionsPerDay: number };
  targets: typeof TARGETS;
  designs: Record<string, DesignFigures & { note: string }>;
  diagnostics: Record<string, unknown>;
  seconds: Record<string, number>;
}

export interface BenchOptions {
  learners: number;
  seed: string;
  /** simulated days of check-ins after the sitting (14 in the full run) */
  days: number;
  /** progress lines (stderr in the CLI) */
  log?: (line: string) => void;
  /** each adaptive design in a process of its own (the CLI: both cores busy); else both in this process */
  processes?: boolean;
}

/** Runs one design in a child process (design-process.ts), which sends its result back. */
function runInProcess(options: BenchOptions, dontKnow: boolean): Promise<DesignRun> {
  return new Promise((resolve, reject) => {
    // The child inherits this process's loader flags (tsx), so it runs the same TypeScript.
    const child = fork(fileURLToPath(new URL('./design-process.ts', import.meta.url)), [], { execArgv: process.execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let result: DesignRun | null = null;
    child.on('message', (message) => {
      result = message as DesignRun;
    });
    child.on('error', reject);
    child.on('exit', (code) => (result && code === 0 ? resolve(result) : reject(new Error(`the ${dontKnow ? DESIGNS.adaptiveDontKnow : DESIGNS.adaptive} design ended with code ${code}`))));
    child.send({ learners: options.learners, seed: options.seed, days: options.days, dontKnow });
  });
}

/** The demo roles, as the demo organisation defines them. */
export function demoRoles(): RoleSpec[] {
  const organisation = JSON.parse(readFileSync(join(seedDir, 'demo-organisation.json'), 'utf8')) as { roles: RoleSpec[] };
  return organisation.roles.map((role) => ({ key: role.key, skills: role.skills }));
}

/** The simulated sittings are on a Monday morning; the check-in days follow, 10:00 each calendar day. */
const START = new Date('2025-03-03T09:00:00Z');
const DAY = 86_400_000;
const checkInDay = (day: number) => new Date(START.getTime() + day * DAY + 3_600_000);
const isWorkingDay = (at: Date) => at.getUTCDay() >= 1 && at.getUTCDay() <= 5;

const median = (values: number[]) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return Math.round((sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2) * 1000) / 1000;
};
const share = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000);

/** Decided verdicts grouped by the certainty they state, with how often each group is right. */
function certaintyTable(skills: readonly SkillOutcome[], from: number) {
  const lowest = Math.min(from, 0.95);
  const edges = [lowest, ...[0.95, 0.99].filter((edge) => edge > lowest), 1.01];
  const bands = edges.slice(0, -1).map((low, index) => [low, edges[index + 1]!] as const);
  return bands.map(([low, high]) => {
    const inBand = skills.filter((skill) => skill.verdict !== 'NOT_SURE' && skill.certainty >= low && skill.certainty < high);
    const right = inBand.filter((skill) => (skill.verdict === 'GAP') === skill.trueGap).length;
    const meanStated = inBand.reduce((sum, skill) => sum + skill.certainty, 0) / inBand.length;
    return {
      stated: `${low}-${Math.min(high, 1)}`,
      verdicts: inBand.length,
      meanStated: inBand.length === 0 ? null : Math.round(meanStated * 10_000) / 10_000,
      right: inBand.length === 0 ? null : Math.round((right / inBand.length) * 10_000) / 10_000,
    };
  });
}

/** The bank as seeded, before any answer: every question's true difficulty is its difficultyLogit now. */
async function bankSnapshot(bench: BenchCore) {
  const rows = await bench.db.bankQuestion.findMany({ select: { key: true, difficulty: true, difficultyLogit: true, skill: { select: { key: true } } } });
  return {
    items: rows.map((row): BankItem => ({ key: row.key, skill: row.skill.key, difficulty: row.difficulty as Difficulty })),
    difficulties: new Map(rows.map((row) => [row.key, row.difficultyLogit])),
    labels: new Map(rows.map((row) => [row.key, row.difficulty as Difficulty])),
  };
}

export type DesignRun = Awaited<ReturnType<typeof runAdaptiveDesign>>;

/**
 * One adaptive design on a database of its own: every learner sits the assessment, then the check-in
 * days. The result is plain data, so a design can run in a process of its own.
 */
export async function runAdaptiveDesign(options: BenchOptions, dontKnow: boolean) {
  const learners = makeLearners(options.learners, demoRoles(), options.seed);
  const design = dontKnow ? DESIGNS.adaptiveDontKnow : DESIGNS.adaptive;
  const log = options.log ?? (() => {});
  const bench = await createBenchCore(START);
  try {
    const bank = await bankSnapshot(bench);
    const ids = await importLearners(bench, learners);
    const skillKeys = new Map((await bench.db.skill.findMany({ select: { id: true, key: true } })).map((row) => [row.id, row.key]));
    const model = answerModel({ seed: options.seed, dontKnow, difficulties: bank.difficulties });
    const settings = bench.deps.settings;

    // The first sitting, through the core's chat use cases: everyone sits on the Monday morning.
    const started = Date.now();
    const sittings = new Map<number, { questions: number; skills: SkillOutcome[] }>();
    for (const learner of learners) {
      bench.clock.set(START);
      sittings.set(learner.index, await sitAdaptive(bench, learner, ids.get(learner.index)!, model, skillKeys));
      if ((learner.index + 1) % 50 === 0) log(`${design}: ${learner.index + 1}/${learners.length} sittings (${Math.round((Date.now() - started) / 1000)} s)`);
    }
    const sittingSeconds = (Date.now() - started) / 1000;
    const firstJudged = [...sittings.values()].flatMap((sitting) => sitting.skills);
    const sittingQuestions = [...sittings.values()].reduce((sum, sitting) => sum + sitting.questions, 0);
    const targetsOf = (index: number) => new Map(sittings.get(index)!.skills.map((skill) => [skill.skillId, skill.targetLevel]));

    // The results and the stored estimates should tell the same story: check-ins follow the stored one.
    const phase: CheckInPhase = coreCheckIns(bench);
    let resultNotSureStoredDecided = 0;
    let resultDecidedStoredOther = 0;
    for (const learner of learners) {
      const stored = await phase.verdicts(ids.get(learner.index)!, targetsOf(learner.index));
      for (const skill of sittings.get(learner.index)!.skills) {
        const now = stored.get(skill.skillId)?.verdict ?? 'NOT_SURE';
        if (skill.verdict === 'NOT_SURE' && now !== 'NOT_SURE') resultNotSureStoredDecided += 1;
        if (skill.verdict !== 'NOT_SURE' && now !== skill.verdict) resultDecidedStoredOther += 1;
      }
    }

    // The check-in days: every calendar day at 10:00 (UTC, the learners' zone); the core asks on working days.
    const checkInStarted = Date.now();
    const learnerOf = new Map(learners.map((learner) => [ids.get(learner.index)!, learner]));
    const checkInsByLearner = new Map<number, number>();
    let notSureSkillDays = 0;
    let notSureSkillDaysExhausted = 0;
    let workingDaysUndecidedWithoutCheckIn = 0;
    let workingDays = 0;
    const questionsByDay: number[] = [];
    for (let day = 1; day <= options.days; day++) {
      const at = checkInDay(day);
      const working = isWorkingDay(at);
      if (working) workingDays += 1;
      const undecided = new Set<number>();
      for (const learner of learners) {
        const employeeId = ids.get(learner.index)!;
        const verdicts = await phase.verdicts(employeeId, targetsOf(learner.index));
        const notSure = [...targetsOf(learner.index).keys()].filter((skillId) => (verdicts.get(skillId)?.verdict ?? 'NOT_SURE') === 'NOT_SURE');
        if (notSure.length === 0) continue;
        undecided.add(employeeId);
        const unseen = await unseenItems(bench.db, employeeId, notSure);
        notSureSkillDays += notSure.length;
        notSureSkillDaysExhausted += notSure.filter((skillId) => (unseen.get(skillId) ?? []).length === 0).length;
      }
      const answered = await phase.runDay(at, (prompt) => {
        const learner = learnerOf.get(prompt.employeeId)!;
        return model.answer(learner, skillKeys.get(prompt.skillId)!, { bankKey: prompt.bankKey, correctShown: prompt.correctShown });
      });
      for (const [employeeId, count] of answered) {
        const index = learnerOf.get(employeeId)!.index;
        checkInsByLearner.set(index, (checkInsByLearner.get(index) ?? 0) + count);
      }
      if (working) workingDaysUndecidedWithoutCheckIn += [...undecided].filter((employeeId) => !answered.has(employeeId)).length;
      questionsByDay.push([...answered.values()].reduce((sum, count) => sum + count, 0));
      log(`${design}: check-in day ${day}/${options.days} (${questionsByDay.reduce((sum, count) => sum + count, 0)} questions so far)`);
    }
    const checkInQuestions = questionsByDay.reduce((sum, count) => sum + count, 0);
    const checkInSeconds = (Date.now() - checkInStarted) / 1000;

    const afterByLearner = new Map<number, SkillOutcome[]>();
    let notSureExhaustedAtEnd = 0;
    for (const learner of learners) {
      const employeeId = ids.get(learner.index)!;
      const verdicts = await phase.verdicts(employeeId, targetsOf(learner.index));
      const first = sittings.get(learner.index)!.skills;
      const after = first.map((skill) => ({ ...skill, ...(verdicts.get(skill.skillId) ?? { verdict: 'NOT_SURE', certainty: 0.5 }) }));
      const notSure = after.filter((skill) => skill.verdict === 'NOT_SURE').map((skill) => skill.skillId);
      const unseen = notSure.length ? await unseenItems(bench.db, employeeId, notSure) : new Map<number, unknown[]>();
      notSureExhaustedAtEnd += notSure.filter((skillId) => (unseen.get(skillId) ?? []).length === 0).length;
      afterByLearner.set(learner.index, after);
    }

    // Why: where the undecided and the wrong verdicts lie, and how the calibration moved the bank.
    const distance = (skill: SkillOutcome) => Math.abs(skill.ability - cutFor(skill.targetLevel));
    const after = [...afterByLearner.values()].flat();
    const wrong = after.filter((skill) => (skill.verdict === 'GAP' && !skill.trueGap) || (skill.verdict === 'ON_TARGET' && skill.trueGap));
    const items = await bench.db.bankQuestion.findMany({ select: { key: true, difficultyLogit: true, answerCount: true, status: true } });
    const answered = items.filter((item) => item.answerCount > 0);
    const drift = (label: Difficulty) => {
      const ofLabel = answered.filter((item) => bank.labels.get(item.key) === label);
      return ofLabel.length === 0 ? null : Math.round((ofLabel.reduce((sum, item) => sum + item.difficultyLogit - bank.difficulties.get(item.key)!, 0) / ofLabel.length) * 1000) / 1000;
    };
    const atSkillCap = firstJudged.filter((skill) => skill.verdict === 'NOT_SURE' && skill.asked >= settings.skillMaxQuestions).length;
    const firstNotSure = firstJudged.filter((skill) => skill.verdict === 'NOT_SURE').length;

    const result: DesignFigures = {
      ...figures(firstJudged, sittingQuestions),
      after14Days: figures(after, sittingQuestions + checkInQuestions),
    };
    const diagnostics = {
      sitting: {
        resultNotSureButStoredEstimateDecided: share(resultNotSureStoredDecided, firstJudged.length),
        resultDecidedButStoredEstimateOther: share(resultDecidedStoredOther, firstJudged.length),
        questionsPerLearner: Math.round((sittingQuestions / learners.length) * 100) / 100,
        sittingsAtTotalCap: share([...sittings.values()].filter((sitting) => sitting.questions >= settings.assessmentMaxQuestions).length, learners.length),
        notSureShare: share(firstNotSure, firstJudged.length),
        notSureAtSkillCapShare: share(atSkillCap, firstJudged.length),
        notSureBelowSkillCapShare: share(firstNotSure - atSkillCap, firstJudged.length),
      },
      checkIns: {
        questions: checkInQuestions,
        questionsPerLearnerWorkingDay: Math.round((checkInQuestions / Math.max(1, learners.length * workingDays)) * 100) / 100,
        questionsByDay,
        workingDays,
        notSureSkillDays,
        notSureSkillDaysBankExhausted: notSureSkillDaysExhausted,
        workingDaysUndecidedWithoutCheckIn,
        notSureAtEnd: after.filter((skill) => skill.verdict === 'NOT_SURE').length,
        notSureAtEndBankExhausted: notSureExhaustedAtEnd,
      },
      distanceFromCut: {
        note: '|true ability - cut| in logits, median',
        decided: median(after.filter((skill) => skill.verdict !== 'NOT_SURE').map(distance)),
        notSure: median(after.filter((skill) => skill.verdict === 'NOT_SURE').map(distance)),
        wrongDecided: median(wrong.map(distance)),
        notSureWithin05: share(after.filter((skill) => skill.verdict === 'NOT_SURE' && distance(skill) < 0.5).length, after.filter((skill) => skill.verdict === 'NOT_SURE').length),
      },
      statedCertainty: {
        note: 'decided verdicts by the certainty they state: how many, and how often right',
        firstSitting: certaintyTable(firstJudged, settings.skillCertainty),
        after14Days: certaintyTable(after, settings.skillCertainty),
      },
      calibration: {
        note: 'difficultyLogit after the run minus the true difficulty, mean per label, over questions answered at least once',
        questionsAnswered: answered.length,
        meanAbsoluteError: answered.length === 0 ? null : Math.round((answered.reduce((sum, item) => sum + Math.abs(item.difficultyLogit - bank.difficulties.get(item.key)!), 0) / answered.length) * 1000) / 1000,
        driftBeginner: drift('BEGINNER'),
        driftIntermediate: drift('INTERMEDIATE'),
        driftAdvanced: drift('ADVANCED'),
        withheldForReview: items.filter((item) => item.status !== 'ACTIVE').length,
        // Every simulated question is right by construction: any flag is a false alarm.
        withheldByFlag: Object.fromEntries(
          (await bench.db.questionReport.groupBy({ by: ['reason'], _count: { _all: true } }))
            .map((row) => [row.reason.split(':')[0]!, row._count._all] as const)
            .reduce((map, [code, count]) => map.set(code, (map.get(code) ?? 0) + count), new Map<string, number>()),
        ),
      },
      byRole: Object.fromEntries(
        [...new Set(learners.map((learner) => learner.role))].map((role) => {
          const mine = learners.filter((learner) => learner.role === role).map((learner) => learner.index);
          const firstOfRole = mine.flatMap((index) => sittings.get(index)!.skills);
          const questionsOfRole = mine.reduce((sum, index) => sum + sittings.get(index)!.questions, 0);
          const afterOfRole = mine.flatMap((index) => afterByLearner.get(index)!);
          return [role, { first: figures(firstOfRole, questionsOfRole), after: figures(afterOfRole, questionsOfRole + mine.reduce((sum, index) => sum + (checkInsByLearner.get(index) ?? 0), 0)) }];
        }),
      ),
    };
    return {
      design,
      result,
      diagnostics,
      seconds: { sitting: sittingSeconds, checkIns: checkInSeconds },
      bank: { items: bank.items, difficulties: [...bank.difficulties] },
      checkInSource: phase.source,
      settings: { skillCertainty: settings.skillCertainty, skillMaxQuestions: settings.skillMaxQuestions, assessmentMaxQuestions: settings.assessmentMaxQuestions, checkInQuestionsPerDay: settings.checkInQuestionsPerDay },
    };
  } finally {
    await bench.close();
  }
}

/** The whole benchmark: the old fixed design (computed) and the two adaptive designs (through the core). */
export async function runMeasurementBench(options: BenchOptions): Promise<MeasurementReport> {
  const roles = demoRoles();
  const learners = makeLearners(options.learners, roles, options.seed);
  const seconds: Record<string, number> = {};

  const [withoutDontKnow, withDontKnow] = options.processes
    ? await Promise.all([runInProcess(options, false), runInProcess(options, true)])
    : await Promise.all([runAdaptiveDesign(options, false), runAdaptiveDesign(options, true)]);
  seconds[DESIGNS.adaptive] = Math.round(withoutDontKnow.seconds.sitting + withoutDontKnow.seconds.checkIns);
  seconds[DESIGNS.adaptiveDontKnow] = Math.round(withDontKnow.seconds.sitting + withDontKnow.seconds.checkIns);

  const bank = withoutDontKnow.bank;
  const baseline = fixedBaseline(learners, bank.items, answerModel({ seed: options.seed, dontKnow: false, difficulties: new Map(bank.difficulties) }), options.seed);
  const fixedFigures = figures(baseline.judged, baseline.questions);
  const settings = withoutDontKnow.settings;

  return {
    benchmark: 'measurement',
    at: new Date().toISOString(),
    seed: options.seed,
    learners: learners.length,
    roles: roles.map((role) => role.key),
    expectedSkills: learners.reduce((sum, learner) => sum + learner.skills.length, 0),
    checkInDays: options.days,
    checkInWorkingDays: Array.from({ length: options.days }, (_, index) => checkInDay(index + 1)).filter(isWorkingDay).length,
    checkIns: withoutDontKnow.checkInSource,
    calibration:
      'reset per design: each design runs on a new database seeded with the demo organisation, so designs do not see each other\'s calibration; within a design, answers calibrate the bank as they arrive (learners in turn)',
    settings,
    targets: TARGETS,
    designs: {
      [DESIGNS.fixed]: {
        ...fixedFigures,
        after14Days: fixedFigures,
        note: `BASELINE computed in the bench from the same answer model (the old design is gone from the code): ${OLD_QUESTIONS_PER_SKILL} fixed questions a skill, score >= ${OLD_GAP_THRESHOLD}% = no gap, every verdict shown as certain, no check-ins`,
      },
      [DESIGNS.adaptive]: { ...withoutDontKnow.result, note: 'through the core: adaptive sitting, guessing when not known; then the check-in days' },
      [DESIGNS.adaptiveDontKnow]: { ...withDontKnow.result, note: 'through the core: adaptive sitting, "I don\'t know" when not known; then the check-in days' },
    },
    diagnostics: { [DESIGNS.adaptive]: withoutDontKnow.diagnostics, [DESIGNS.adaptiveDontKnow]: withDontKnow.diagnostics },
    seconds,
  };
}
