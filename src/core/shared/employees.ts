import { SkillcheckError } from '../errors.js';
import type { Db, Tx } from '../ports/database.js';
import type { EmployeeView } from '../profile/views.js';

export function assertId(value: number, what = 'id'): void {
  if (!Number.isSafeInteger(value) || value <= 0) throw new SkillcheckError('INVALID_INPUT', `That ${what} is not valid.`);
}

/** The employee with role, expected and claimed skills, or EMPLOYEE_NOT_FOUND. */
export async function loadEmployee(db: Db | Tx, employeeId: number) {
  assertId(employeeId, 'employee id');
  const employee = await db.employee.findUnique({
    where: { id: employeeId },
    include: {
      role: { include: { skills: { include: { skill: true } } } },
      manager: { select: { id: true, name: true } },
      skills: { include: { skill: true } },
    },
  });
  if (!employee) throw new SkillcheckError('EMPLOYEE_NOT_FOUND');
  return employee;
}

export type LoadedEmployee = Awaited<ReturnType<typeof loadEmployee>>;

export async function requireEmployee(db: Db | Tx, employeeId: number): Promise<void> {
  assertId(employeeId, 'employee id');
  const found = await db.employee.findUnique({ where: { id: employeeId }, select: { id: true } });
  if (!found) throw new SkillcheckError('EMPLOYEE_NOT_FOUND');
}

export function employeeView(employee: LoadedEmployee): EmployeeView {
  return {
    id: employee.id,
    employeeNumber: employee.employeeNumber,
    name: employee.name,
    email: employee.email,
    title: employee.title,
    timezone: employee.timezone,
    role: employee.role ? { id: employee.role.id, key: employee.role.key, name: employee.role.name } : null,
    manager: employee.manager ? { id: employee.manager.id, name: employee.manager.name } : null,
  };
}
