import type { Db, Tx } from '../ports/database.js';
import { effectiveView, type ManagerView } from './rules/manager-view.js';

/** What each manager sees of their direct reports, by report id: each report's choice, or the organisation's default. */
export async function loadManagerViews(db: Db | Tx, input: { managerIds: number[]; organisationDefault: ManagerView }): Promise<Map<number, ManagerView>> {
  const reports = await db.employee.findMany({ where: { managerId: { in: input.managerIds } }, select: { id: true, managerView: true } });
  return new Map(reports.map((report) => [report.id, effectiveView(report.managerView, input.organisationDefault)]));
}

/** The organisation's default from the settings (MANAGER_VIEW_DEFAULT). */
export const organisationDefault = (settings: { managerViewDefault?: ManagerView }): ManagerView => settings.managerViewDefault ?? 'LEVELS';
