import type { AdminPermission } from '../auth/permissions';

/** The screens in the side bar, each shown only to roles holding its permission. */
export const NAVIGATION: ReadonlyArray<{ to: string; labelKey: string; permission?: AdminPermission; end?: boolean }> =
  [
    { to: '/', labelKey: 'nav.home', end: true },
    { to: '/handoffs', labelKey: 'nav.handoffs', permission: 'conversations.read' },
    { to: '/feedback', labelKey: 'nav.feedback', permission: 'feedback.read' },
    { to: '/announcements', labelKey: 'nav.announcements', permission: 'announcements.read' },
    { to: '/flows', labelKey: 'nav.flows', permission: 'flows.read' },
    { to: '/texts', labelKey: 'nav.texts', permission: 'flows.read' },
    { to: '/releases', labelKey: 'nav.releases', permission: 'flows.read' },
    { to: '/understanding', labelKey: 'nav.understanding', permission: 'understanding.review' },
    { to: '/settings', labelKey: 'nav.settings', permission: 'settings.manage' },
    { to: '/canned-replies', labelKey: 'nav.canned', permission: 'settings.manage' },
    { to: '/connections', labelKey: 'nav.connections', permission: 'zalo.connect' },
    { to: '/audit', labelKey: 'nav.audit', permission: 'audit.read' },
    { to: '/failures', labelKey: 'nav.failures', permission: 'events.replay' },
    { to: '/accounts', labelKey: 'nav.accounts', permission: 'accounts.manage' },
  ];
