import { createRequire } from 'node:module';
import type { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);
let loaded: typeof Resvg | undefined;

/**
 * resvg (a native library of a few MB) is loaded at the first picture or text measurement, not at
 * every start: a server that draws no picture never holds it. Synchronous, as the drawing code is.
 */
export function resvg(): typeof Resvg {
  return (loaded ??= (require('@resvg/resvg-js') as typeof import('@resvg/resvg-js')).Resvg);
}
