import type { ManagerView } from './rules/manager-view.js';

/** The organisation's default from the settings (MANAGER_VIEW_DEFAULT; LEVELS when unset). */
export const organisationDefault = (settings: { managerViewDefault?: ManagerView }): ManagerView => settings.managerViewDefault ?? 'LEVELS';
