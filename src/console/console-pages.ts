import type { ConsolePageModule } from './create-console-router.js';
import { learnerPages } from './learner-pages.js';
import { teamPages } from './team-pages.js';

/**
 * The console's page modules, each adding its routes behind the guards: the learner's pages, the
 * manager's team pages, the admin pages. One list, so the server mounts them all in one place.
 */
export const consolePages: ConsolePageModule[] = [learnerPages, teamPages];
