import type { AccountServices, CoreDeps } from '../context.js';

/** The web-account services, which the composition root always wires; a core without them cannot sign anyone in. */
export function accountServices(deps: CoreDeps): AccountServices {
  if (!deps.accounts) throw new Error('web accounts are not wired: CoreDeps.accounts is missing');
  return deps.accounts;
}
