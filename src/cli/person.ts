/**
 * Personal data rights from the command line (an admin's tool: whoever runs it can reach the database anyway).
 * `npm run person -- export <employeeNumber>` writes everything stored about the person as JSON to standard output.
 * `npm run person -- erase <employeeNumber> --yes` erases them, in one transaction; without --yes nothing happens.
 * Both are recorded in the audit log, by the command line.
 */
import { parseArgs } from 'node:util';
import { prepareDatabase } from '../app/database.js';
import { coreSettingsFrom } from '../app/create-core-deps.js';
import { createLogger } from '../app/logger.js';
import { loadConfig } from '../config/config.js';
import { CLI_ACTOR } from '../core/audit/actor.js';
import type { CoreDeps } from '../core/context.js';
import { isSkillcheckError } from '../core/errors.js';
import { erasePerson } from '../core/privacy/erase-person.js';
import { exportPerson } from '../core/privacy/export-person.js';

const USAGE = `usage: npm run person -- export <employee number>          (JSON on standard output)
       npm run person -- erase <employee number> --yes    (irreversible)`;

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

const [command, ...rest] = process.argv.slice(2);
if (command !== 'export' && command !== 'erase') fail(USAGE);
const parsed = (() => {
  try {
    return parseArgs({ args: rest, allowPositionals: true, options: { yes: { type: 'boolean', default: false } } });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
})();
const employeeNumber = parsed.positionals[0]?.trim();
if (!employeeNumber || parsed.positionals.length > 1) fail(USAGE);
if (command === 'erase' && !parsed.values.yes) {
  fail(`Erasing ${employeeNumber} deletes everything stored about them and cannot be undone. Run it again with --yes to go ahead.`, 1);
}

const config = { ...loadConfig(), seedDemoData: false };
const logger = createLogger({ logLevel: 'warn' });

async function run(deps: CoreDeps): Promise<void> {
  if (command === 'export') {
    const data = await exportPerson(deps, { employeeNumber: employeeNumber!, actor: CLI_ACTOR });
    process.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
  } else {
    const report = await erasePerson(deps, { employeeNumber: employeeNumber!, actor: CLI_ACTOR });
    const total = Object.values(report.deleted).reduce((sum, count) => sum + count, 0);
    console.log(`erased ${employeeNumber}: ${total} rows deleted; the audit log now calls them "${report.pseudonym}"`);
    console.log(JSON.stringify(report, null, 2));
  }
}

const { db } = await prepareDatabase(config, logger);
try {
  await run({ db, settings: coreSettingsFrom(config), logger, now: () => new Date() });
} catch (error) {
  if (!isSkillcheckError(error)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
