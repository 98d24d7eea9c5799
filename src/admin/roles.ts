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

/**
 * Who may do what: the one place roles are granted permissions (src/admin/README.md shows the same table, and a test
 * keeps the two equal). Routers ask for a permission, never for a list of roles. `admin` is listed everywhere on
 * purpose: the table reads the same as the code.
 */
export const PERMISSIONS = {
  /** List, create, update, disable accounts; reset their passwords; unlock them. */
  'accounts.manage': ['admin'],
  /** Read the audit log (it names every official and every conversation read). */
  'audit.read': ['admin'],
  /** Change the province's settings citizens are told (name, hotline, address, portal, office hours, holidays). */
  'settings.manage': ['admin'],
  /** Connect the Zalo OA and see its token state. */
  'zalo.connect': ['admin'],
  /** List, replay and discard dead letters (Zalo events set aside after failing); list and retry external effects. */
  'events.replay': ['admin'],
  /** Read flows, flow versions, templates and template versions. */
  'flows.read': ['admin', 'editor', 'approver', 'viewer'],
  /** Store new flow and template versions; validate drafts. */
  'flows.write': ['admin', 'editor'],
  /** Run the simulator on published flows and drafts. */
  'flows.simulate': ['admin', 'editor', 'approver'],
  /** Publish and roll back flows; publish templates. */
  'flows.publish': ['admin', 'approver'],
  /** See open handoffs and read a citizen's conversation (each read audited). */
  'conversations.read': ['admin', 'official', 'viewer'],
  /** Close handoffs and answer citizens. */
  'conversations.reply': ['admin', 'official'],
  /** List citizens' feedback tickets and read one (with contact details when shared; each read audited). */
  'feedback.read': ['admin', 'official', 'viewer'],
  /** Answer, close and reopen feedback tickets (the citizen is told on Zalo). */
  'feedback.answer': ['admin', 'official'],
  /** Edit the routing table (category and commune → handling unit) and deadlines; assign a ticket to a unit. */
  'feedback.manage': ['admin'],
  /** Find a citizen by ticket number or shared phone, see and erase their personal data (a request made elsewhere). */
  'citizens.data': ['admin'],
  /** List announcements, preview their audience, follow their progress, export their report (each export audited). */
  'announcements.read': ['admin', 'editor', 'approver', 'official', 'viewer'],
  /** Compose and edit announcements, submit them, schedule approved ones, pause, resume and cancel them. */
  'announcements.write': ['admin', 'editor', 'approver'],
  /** Approve or return announcements written by someone else; mark them urgent. */
  'announcements.approve': ['admin', 'approver'],
  /** List messages the bot did not understand well (masked) and dismiss them; adding one as an example needs flows.write. */
  'understanding.review': ['admin', 'editor', 'approver'],
} as const satisfies Record<string, readonly AdminRole[]>;

export type AdminPermission = keyof typeof PERMISSIONS;

/** Whether any of the held roles grants `permission`. */
export function hasPermission(held: readonly AdminRole[], permission: AdminPermission): boolean {
  const granted: readonly AdminRole[] = PERMISSIONS[permission];
  return held.some((role) => granted.includes(role));
}
