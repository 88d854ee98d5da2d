import type { DashboardView } from '../../core/views/dashboard-view.js';
import { ActionId } from './action-ids.js';
import { actions, button, capBlocks, context, divider, escape, header, LIMITS, section, type Block } from './blocks.js';
import { learningPathBlocks } from './learning-path-message.js';
import { progressBlocks } from './progress-blocks.js';

export interface HomeView {
  type: 'home';
  blocks: Block[];
}

/** The App Home tab: profile summary, progress bar, and the current learning path. */
export function homeView(dashboard: DashboardView): HomeView {
  const { profile, progress, learningPath, assessment } = dashboard;
  const open = assessment && assessment.status !== 'COMPLETED';
  const top: Block[] = [
    header(`Hi ${escape(profile.employee.name.split(' ')[0] ?? profile.employee.name)}, here is your Skillcheck`),
    section(escape(profile.summary)),
    ...progressBlocks(progress),
    actions('home_actions', [
      button(open ? 'Continue my assessment' : dashboard.results ? 'Check myself again' : 'Start my assessment', ActionId.startAssessment, { style: 'primary' }),
      ...(learningPath ? [button('Send my learning path', ActionId.showPath)] : []),
    ]),
    divider(),
  ];
  const body = learningPath && learningPath.groups.length > 0
    ? [header('Learning path'), ...learningPathBlocks(learningPath, LIMITS.homeBlocks - top.length - 2)]
    : [context(dashboard.results ? 'No learning path yet: build one from your results.' : 'Take the assessment to get a learning path made for you.')];
  return { type: 'home', blocks: capBlocks([...top, ...body, context('Only you see this tab.')], LIMITS.homeBlocks, (n) => `${n} more block(s) not shown.`) };
}

export function unknownHomeView(text: string): HomeView {
  return { type: 'home', blocks: [header('Skillcheck'), section(text)] };
}
