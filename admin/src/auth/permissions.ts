// No imports: the unit test loads this file under Node's module resolution too.
export type AdminRole = 'admin' | 'editor' | 'approver' | 'official' | 'viewer';

/**
 * The server's permission table (src/admin/roles.ts), so the UI shows only what a role may do; the server refuses
 * anyway. A unit test keeps the two equal.
 */
export const PERMISSIONS = {
  'accounts.manage': ['admin'],
  'audit.read': ['admin'],
  'zalo.connect': ['admin'],
  'settings.manage': ['admin'],
  'events.replay': ['admin'],
  'flows.read': ['admin', 'editor', 'approver', 'viewer'],
  'flows.write': ['admin', 'editor'],
  'flows.simulate': ['admin', 'editor', 'approver'],
  'flows.publish': ['admin', 'approver'],
  'conversations.read': ['admin', 'official', 'viewer'],
  'conversations.reply': ['admin', 'official'],
  'feedback.read': ['admin', 'official', 'viewer'],
  'feedback.answer': ['admin', 'official'],
  'feedback.manage': ['admin'],
  'citizens.data': ['admin'],
  'announcements.read': ['admin', 'editor', 'approver', 'official', 'viewer'],
  'announcements.write': ['admin', 'editor', 'approver'],
  'announcements.approve': ['admin', 'approver'],
  'understanding.review': ['admin', 'editor', 'approver'],
} as const satisfies Record<string, readonly AdminRole[]>;

export type AdminPermission = keyof typeof PERMISSIONS;

export function hasPermission(roles: readonly AdminRole[], permission: AdminPermission): boolean {
  const granted: readonly AdminRole[] = PERMISSIONS[permission];
  return roles.some((role) => granted.includes(role));
}
