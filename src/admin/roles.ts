import { z } from 'zod';

export const ADMIN_ROLES = ['admin', 'editor', 'approver', 'official', 'viewer'] as const;

export const adminRoleSchema = z.enum(ADMIN_ROLES);
export type AdminRole = z.infer<typeof adminRoleSchema>;

export const adminRolesSchema = z
  .array(adminRoleSchema)
  .max(ADMIN_ROLES.length)
  .transform((roles) => [...new Set(roles)].sort());

/** Parses roles read from the database, dropping names this version does not know (a newer version may add some). */
export function parseStoredRoles(stored: readonly string[]): AdminRole[] {
  return stored.flatMap((role) => {
    const parsed = adminRoleSchema.safeParse(role);
    return parsed.success ? [parsed.data] : [];
  });
}

/** `admin` passes every role check; otherwise the holder needs at least one of `required`. */
export function hasAnyRole(held: readonly AdminRole[], required: readonly AdminRole[]): boolean {
  if (held.includes('admin')) return true;
  return required.some((role) => held.includes(role));
}
