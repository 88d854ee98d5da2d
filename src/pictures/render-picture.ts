import type { PictureSpec } from '../chat/card/picture.js';
import { orgHeatMapSvg } from './org-heat-map.js';
import { renderPng } from './render-png.js';
import { skillProfileSvg } from './skill-profile.js';
import { teamHeatMapSvg } from './team-heat-map.js';

export interface RenderedPicture {
  png: Buffer;
  svg: string;
  width: number;
  height: number;
}

/** The SVG of a picture, drawn from its view model. */
export function pictureSvg(spec: PictureSpec): { svg: string; width: number; height: number } {
  switch (spec.kind) {
    case 'team-heat-map':
      return teamHeatMapSvg(spec.view);
    case 'skill-profile':
      return skillProfileSvg(spec.view);
    case 'org-heat-map':
      return orgHeatMapSvg(spec.view);
  }
}

/** The one entry point: a picture spec as SVG and PNG. */
export function renderPicture(spec: PictureSpec): RenderedPicture {
  const drawn = pictureSvg(spec);
  return { ...drawn, png: renderPng(drawn.svg) };
}
