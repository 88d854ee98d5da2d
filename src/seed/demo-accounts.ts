import type { Db } from '../core/ports/database.js';

/**
 * Demo-only passwords of the demo organisation's web accounts (documented in the README): anyone who reads
 * the README knows them, so they exist only where the demo data was seeded.
 */
export const DEMO_PASSWORDS = { learner: 'demo-learner-pass', admin: 'demo-admin-pass' } as const;
export const DEMO_ADMIN_USERNAME = 'admin';

/**
 * Their argon2id hashes, computed once: hashing sixteen passwords at every seeding would cost seconds
 * (argon2 is slow on purpose), and every test server seeds the demo data.
 */
const DEMO_HASHES = {
  learner: '$argon2id$v=19$m=65536,p=4,t=3$2DXEQfEzK8zBA71Dbji3kA$NZrd/jhM004NooW/xBBJHXMLK9VUARai5b5ncrK/3jA',
  admin: '$argon2id$v=19$m=65536,p=4,t=3$soHBvwC2Qhe9SA2+uYONzg$KDUQMVpCxVW7C6isM33OAj00s7JF1yNuI8PEb4XPig8',
} as const;

/** A demo person's username: the local part of their e-mail address (maya.chen@example.com signs in as maya.chen). */
export const demoUsername = (email: string): string => email.split('@')[0]!.trim().toLowerCase();

/**
 * Gives the demo organisation web accounts so the quick start can sign in: one EMPLOYEE account per demo
 * person and one ADMIN account (`admin`, bound to nobody). Existing accounts are left as they are (a changed
 * password or a disabled account stays so), and an employee who already has an EMPLOYEE account gets no second.
 */
export async function seedDemoAccounts(db: Db, people: readonly { employeeNumber: string; email: string }[]): Promise<number> {
  let created = 0;
  const employees = await db.employee.findMany({ where: { employeeNumber: { in: people.map((person) => person.employeeNumber) } }, select: { id: true, employeeNumber: true } });
  const idOf = new Map(employees.map((employee) => [employee.employeeNumber, employee.id]));
  const taken = new Set((await db.webAccount.findMany({ select: { username: true } })).map((account) => account.username));
  const bound = new Set((await db.webAccount.findMany({ where: { role: 'EMPLOYEE', employeeId: { not: null } }, select: { employeeId: true } })).map((account) => account.employeeId));
  for (const person of people) {
    const employeeId = idOf.get(person.employeeNumber);
    const username = demoUsername(person.email);
    if (employeeId === undefined || taken.has(username) || bound.has(employeeId)) continue;
    await db.webAccount.create({ data: { username, email: person.email.trim().toLowerCase(), passwordHash: DEMO_HASHES.learner, role: 'EMPLOYEE', employeeId } });
    created++;
  }
  if (!taken.has(DEMO_ADMIN_USERNAME)) {
    await db.webAccount.create({ data: { username: DEMO_ADMIN_USERNAME, passwordHash: DEMO_HASHES.admin, role: 'ADMIN', employeeId: null } });
    created++;
  }
  return created;
}
