/**
 * `npm run account -- create --username <u> --role EMPLOYEE|ADMIN [--employee <employeeNumber>] [--email <e>]`
 * creates a web account; the password is read from standard input (one line; typed unseen at a terminal),
 * never from the command line, where other users of the machine and the shell history would see it.
 * `npm run account -- disable <username>` disables an account and ends its sessions.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { prepareDatabase } from '../app/database.js';
import { coreSettingsFrom } from '../app/create-core-deps.js';
import { createLogger } from '../app/logger.js';
import { Argon2Hasher } from '../auth/argon2-hasher.js';
import { jwtSecretFrom } from '../auth/jwt-secret.js';
import { JwtTokens } from '../auth/jwt-tokens.js';
import { loadConfig } from '../config/config.js';
import { createAccount } from '../core/accounts/create-account.js';
import { disableAccount } from '../core/accounts/disable-account.js';
import type { Principal } from '../core/accounts/principal.js';
import { CLI_ACTOR } from '../core/audit/actor.js';
import type { CoreDeps } from '../core/context.js';
import { isSkillcheckError } from '../core/errors.js';

const USAGE = `usage: npm run account -- create --username <name> --role EMPLOYEE|ADMIN [--employee <employee number>] [--email <address>]   (password on standard input)
       npm run account -- disable <username>`;

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

/** One line from standard input: at a terminal, asked for and typed without echo. */
async function readPassword(): Promise<string> {
  const lines = createInterface({ input: process.stdin, terminal: false });
  if (process.stdin.isTTY) {
    process.stderr.write('Password (not shown): ');
    process.stdin.setRawMode(true);
    return new Promise((resolve) => {
      let typed = '';
      process.stdin.on('data', (chunk: Buffer) => {
        for (const char of chunk.toString('utf8')) {
          if (char === '\r' || char === '\n') {
            process.stdin.setRawMode(false);
            process.stdin.pause();
            process.stderr.write('\n');
            return resolve(typed);
          }
          if (char === '\u0003') fail('\ncancelled', 130);
          typed = char === '\u007f' ? typed.slice(0, -1) : typed + char;
        }
      });
      lines.close();
    });
  }
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return '';
}

const [command, ...rest] = process.argv.slice(2);
if (command !== 'create' && command !== 'disable') fail(USAGE);
const options = { username: { type: 'string' }, role: { type: 'string' }, employee: { type: 'string' }, email: { type: 'string' } } as const;
const parsed = (() => {
  try {
    return parseArgs({ args: rest, allowPositionals: command === 'disable', options });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
})();

const config = { ...loadConfig(), seedDemoData: false };
const logger = createLogger({ logLevel: 'warn' });
// The command line acts as an admin: whoever runs it can reach the database anyway.
const actor: Principal = { kind: 'service' };

async function run(deps: CoreDeps): Promise<void> {
  if (command === 'create') {
    const { username, role, employee, email } = parsed.values;
    if (!username || (role !== 'EMPLOYEE' && role !== 'ADMIN')) fail(USAGE);
    const password = (await readPassword()).replace(/\r$/, '');
    const account = await createAccount(deps, { actor, username, password, role, email: email ?? null, employeeNumber: employee ?? null, auditActor: CLI_ACTOR });
    console.log(`created ${account.role} account "${account.username}"${account.employeeName ? ` for ${account.employeeName}` : ''} (id ${account.id})`);
  } else {
    const username = parsed.positionals[0] ?? parsed.values.username;
    if (!username) fail(USAGE);
    const { sessionsRevoked } = await disableAccount(deps, { actor, username, auditActor: CLI_ACTOR });
    console.log(`disabled "${username.trim().toLowerCase()}"; ${sessionsRevoked === 1 ? '1 session' : `${sessionsRevoked} sessions`} ended`);
  }
}

const { db } = await prepareDatabase(config, logger);
try {
  await run({
    db,
    settings: coreSettingsFrom(config),
    logger,
    now: () => new Date(),
    accounts: {
      passwords: new Argon2Hasher(),
      tokens: new JwtTokens(jwtSecretFrom(config).secret),
      lifetimes: { accessMinutes: config.webAccounts.accessMinutes, refreshDays: config.webAccounts.refreshDays },
    },
  });
} catch (error) {
  if (!isSkillcheckError(error)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
