import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCoreDeps } from '../../src/app/create-core-deps.js';
import { prepareDatabase } from '../../src/app/database.js';
import { createLogger } from '../../src/app/logger.js';
import { loadConfig } from '../../src/config/config.js';
import type { CoreDeps } from '../../src/core/context.js';
import { createCore, type Core } from '../../src/core/create-core.js';
import type { Db } from '../../src/core/ports/database.js';
import type { Learner } from './learners.js';

/** A clock the bench moves: the core reads the time only through CoreDeps.now. */
export class SimulatedClock {
  private current: Date;
  constructor(start: Date) {
    this.current = new Date(start);
  }
  now = (): Date => new Date(this.current);
  set(at: Date): void {
    this.current = new Date(at);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export interface BenchCore {
  core: Core;
  deps: CoreDeps;
  db: Db;
  clock: SimulatedClock;
  close(): Promise<void>;
}

/**
 * The core wired as the app wires it (src/app: the database migrated and seeded with the demo
 * organisation, the offline bank, no AI), on a new SQLite file of its own, with the bench's clock.
 * Settings come from the environment as the app reads them (SKILL_CERTAINTY, SKILL_MAX_QUESTIONS, ...).
 */
export async function createBenchCore(start: Date): Promise<BenchCore> {
  // In memory-backed storage when the system has it: the bench measures verdicts, not the disk.
  const directory = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'skillcheck-bench-measurement-'));
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', DATABASE_URL: `file:${join(directory, 'bench.db')}`, SEED_DEMO_DATA: 'true', GEMINI_API_KEY: '' });
  const logger = createLogger(config, { pretty: false });
  const { db } = await prepareDatabase(config, logger);
  // A bench stopped half way leaves no database behind (run.ts turns SIGINT and SIGTERM into an exit).
  const removeDirectory = () => rmSync(directory, { recursive: true, force: true });
  process.once('exit', removeDirectory);
  const clock = new SimulatedClock(start);
  const deps: CoreDeps = { ...createCoreDeps(config, db, logger), now: clock.now };
  return {
    core: createCore(deps),
    deps,
    db,
    clock,
    async close() {
      await db.$disconnect();
      removeDirectory();
      process.off('exit', removeDirectory);
    },
  };
}

/** The simulated learners become employees through the import use case, with their roles and self-rated levels. */
export async function importLearners(bench: BenchCore, learners: readonly Learner[]): Promise<Map<number, number>> {
  const report = await bench.core.importOrganisation({
    batch: {
      skills: [],
      roles: [],
      content: [],
      questionBank: [],
      employees: learners.map((learner) => ({
        source: `learner ${learner.index + 1}`,
        data: {
          employeeNumber: learner.employeeNumber,
          name: `Simulated learner ${learner.index + 1}`,
          email: `${learner.employeeNumber.toLowerCase()}@bench.example`,
          role: learner.role,
          timezone: 'UTC',
          skills: learner.skills.map((entry) => ({ skill: entry.skill, level: entry.selfRating })),
        },
      })),
    },
  });
  if (!report.ok) throw new Error(`the simulated learners were not imported: ${report.rejected.slice(0, 3).map((row) => `${row.source}: ${row.reason}`).join('; ')}`);
  const rows = await bench.db.employee.findMany({ where: { employeeNumber: { in: learners.map((learner) => learner.employeeNumber) } }, select: { id: true, employeeNumber: true } });
  const idByNumber = new Map(rows.map((row) => [row.employeeNumber, row.id]));
  return new Map(learners.map((learner) => [learner.index, idByNumber.get(learner.employeeNumber)!]));
}
