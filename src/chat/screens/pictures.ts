import { picture, type Block, type Card } from '../card/card.js';
import { plural } from '../format.js';
import type { CellState, OrgHeatMapView, SkillProfileView, TeamHeatMapView } from '../../core/skill-maps/views.js';

const levelWords = (level: { low: number; high: number }) => (level.low === level.high ? `level ${level.low}` : `level ${level.low}-${level.high}`);
const STATE_WORDS: Record<CellState, string> = { GAP: 'gap', ON_TARGET: 'on target', NOT_SURE: 'not sure yet', NOT_ASSESSED: 'not assessed', NOT_EXPECTED: 'not expected' };

/** The team heat map in words: its alt text (the digest's text stays the full fallback). */
export function teamHeatMapAlt(view: TeamHeatMapView): string {
  const count = (state: CellState) => view.rows.reduce((sum, row) => sum + row.cells.filter((cell) => cell.state === state).length, 0);
  return (
    `Heat map of ${plural(view.rows.length, 'direct report')} by ${plural(view.skills.length, 'expected skill')}: ` +
    `${plural(count('GAP'), 'gap')}, ${count('ON_TARGET')} on target, ${count('NOT_SURE')} not sure yet, ${count('NOT_ASSESSED')} not assessed.` +
    (view.rows.some((row) => row.levelsHidden) ? ` ${plural(view.rows.filter((row) => row.levelsHidden).length, 'person', 'people')} chose to share verdicts only, so their levels are not shown.` : '')
  );
}

/** A person's profile in words, skill by skill. */
export function skillProfileAlt(view: SkillProfileView): string {
  const skills = view.skills.map(
    (skill) => `${skill.name}: ${skill.level ? levelWords(skill.level) : 'not assessed'}${skill.targetLevel !== null ? `, target ${skill.targetLevel}` : ''}${skill.level ? `, ${STATE_WORDS[skill.state]}` : ''}`,
  );
  return `Skill profile of ${view.employee.name}: ${skills.length > 0 ? skills.join('; ') : 'no expected skills'}.`;
}

export function orgHeatMapAlt(view: OrgHeatMapView): string {
  const roles = view.rows.map((role) => `${role.roleName} (${plural(role.people, 'person', 'people')}): ${plural(role.cells.reduce((sum, cell) => sum + (cell.counts?.gap ?? 0), 0), 'gap')}`);
  const hidden = view.hiddenRoles > 0 ? ` ${plural(view.hiddenRoles, 'role')} with fewer than ${view.minGroupSize} people not shown.` : '';
  return `Skills across the organisation: ${roles.length > 0 ? roles.join('; ') : 'no role shown'}.${hidden}`;
}

export const teamHeatMapPicture = (view: TeamHeatMapView): Block => picture({ kind: 'team-heat-map', view }, teamHeatMapAlt(view));
export const skillProfilePicture = (view: SkillProfileView): Block => picture({ kind: 'skill-profile', view }, skillProfileAlt(view));
export const orgHeatMapPicture = (view: OrgHeatMapView): Block => picture({ kind: 'org-heat-map', view }, orgHeatMapAlt(view));

/** A card with a picture after its heading (first, when it has none); the card's text stays the fallback. */
export function withPicture(card: Card, block: Block): Card {
  const at = card.blocks.findIndex((entry) => entry.type === 'heading') + 1;
  return { ...card, blocks: [...card.blocks.slice(0, at), block, ...card.blocks.slice(at)] };
}
