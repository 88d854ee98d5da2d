import type { OrgHeatMapView, SkillProfileView, TeamHeatMapView } from '../../core/skill-maps/views.js';

/**
 * A picture on a card, as the view model it is drawn from: each platform's converter draws it (a PNG in
 * Teams and the web chat, an upload in Slack), and the card's alt text stays its accessible fallback.
 */
export type PictureSpec =
  | { kind: 'team-heat-map'; view: TeamHeatMapView }
  | { kind: 'skill-profile'; view: SkillProfileView }
  | { kind: 'org-heat-map'; view: OrgHeatMapView };
