import { z } from 'zod';

export const webRoles = ['EMPLOYEE', 'ADMIN'] as const;

export const accountView = z.object({
  id: z.number().int(),
  username: z.string(),
  email: z.string().nullable(),
  role: z.enum(webRoles),
  employeeId: z.number().int().nullable(),
  employeeName: z.string().nullable(),
});
export type AccountView = z.infer<typeof accountView>;

/** A signed-in session's two tokens: `access` for every call, `refresh` to get the next pair. */
export const tokenPair = z.object({ access: z.string(), refresh: z.string() });
export type TokenPair = z.infer<typeof tokenPair>;
