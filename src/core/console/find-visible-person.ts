import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import { canSeePerson, type ConsoleViewer } from './rules/console-access.js';
import { organisationDefault } from '../privacy/queries.js';
import { effectiveView, levelsShown } from '../privacy/rules/manager-view.js';

export interface VisiblePerson {
  id: number;
  name: string;
  /** true when the person is the viewer's direct report (false: the viewer themselves) */
  isReport: boolean;
  /** the viewer is the person's manager and the person chose that their manager sees verdicts only */
  levelsHidden: boolean;
}

/**
 * A person the viewer may look at in the console (themselves, or a direct report), or
 * PERSON_NOT_VISIBLE: for anyone else and for an id that does not exist alike, so the answer never
 * tells who exists.
 */
export async function findVisiblePerson(deps: CoreDeps, input: { viewer: ConsoleViewer; employeeId: number }): Promise<VisiblePerson> {
  const person = Number.isSafeInteger(input.employeeId) && input.employeeId > 0
    ? await deps.db.employee.findUnique({ where: { id: input.employeeId }, select: { id: true, name: true, managerId: true, managerView: true } })
    : null;
  if (!person || !canSeePerson(input.viewer, person)) throw new SkillcheckError('PERSON_NOT_VISIBLE');
  const isReport = person.managerId === input.viewer.employeeId;
  return { id: person.id, name: person.name, isReport, levelsHidden: isReport && !levelsShown(effectiveView(person.managerView, organisationDefault(deps.settings))) };
}
