import type { CoreDeps } from '../context.js';

/**
 * How many employees there are, and how many of them are among `people` (the same employee number AND
 * e-mail address). Equal counts mean the directory holds those people and nobody else, which is how a
 * caller recognises a known data set, such as the demo organisation.
 */
export async function matchEmployees(
  deps: CoreDeps,
  input: { people: { employeeNumber: string; email: string }[] },
): Promise<{ employees: number; matching: number }> {
  const people = input.people.slice(0, 1000);
  const [employees, matching] = await Promise.all([
    deps.db.employee.count(),
    people.length === 0
      ? Promise.resolve(0)
      : deps.db.employee.count({ where: { OR: people.map((person) => ({ employeeNumber: person.employeeNumber, email: person.email.trim().toLowerCase() })) } }),
  ]);
  return { employees, matching };
}
