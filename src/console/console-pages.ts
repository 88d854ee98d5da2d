import { adminHomePages } from './admin/admin-home-page.js';
import { auditPages } from './admin/audit-page.js';
import { exportPages } from './admin/export-page.js';
import { importPages } from './admin/import-page.js';
import { questionPages } from './admin/questions-page.js';
import { rolePages } from './admin/roles-page.js';
import type { ConsolePageModule } from './create-console-router.js';
import { learnerPages } from './learner-pages.js';
import { teamPages } from './team-pages.js';

/**
 * The console's page modules, each adding its routes behind the guards: the learner's pages, the
 * manager's team pages, the admin pages. One list, so the server mounts them all in one place.
 */
export const consolePages: ConsolePageModule[] = [
  learnerPages,
  teamPages,
  // The admin pages (every route behind the admin guard).
  adminHomePages,
  importPages,
  questionPages,
  rolePages,
  exportPages,
  auditPages,
];
