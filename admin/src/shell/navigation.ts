import type { AdminPermission } from '../auth/permissions';

/** A hint of what a screen lets one do, for the roles holding every permission in `needs`. */
interface ScreenHint {
  key: string;
  needs: readonly AdminPermission[];
}

/**
 * The screens in the side bar, each shown only to roles holding its permission. `hints`, first that applies, say on
 * the home page what the screen lets this role do (`${labelKey}Hint` when there are none): a viewer is not offered
 * to answer or publish.
 */
export const NAVIGATION: ReadonlyArray<{
  to: string;
  labelKey: string;
  permission?: AdminPermission;
  end?: boolean;
  hints?: readonly ScreenHint[];
}> = [
  { to: '/', labelKey: 'nav.home', end: true },
  {
    to: '/handoffs',
    labelKey: 'nav.handoffs',
    permission: 'conversations.read',
    hints: [
      { key: 'nav.handoffsHint', needs: ['conversations.reply'] },
      { key: 'nav.handoffsHintRead', needs: [] },
    ],
  },
  {
    to: '/feedback',
    labelKey: 'nav.feedback',
    permission: 'feedback.read',
    hints: [
      { key: 'nav.feedbackHint', needs: ['feedback.answer'] },
      { key: 'nav.feedbackHintRead', needs: [] },
    ],
  },
  {
    to: '/announcements',
    labelKey: 'nav.announcements',
    permission: 'announcements.read',
    hints: [
      { key: 'nav.announcementsHint', needs: ['announcements.write'] },
      { key: 'nav.announcementsHintRead', needs: [] },
    ],
  },
  {
    to: '/flows',
    labelKey: 'nav.flows',
    permission: 'flows.read',
    hints: [
      { key: 'nav.flowsHint', needs: ['flows.write', 'flows.publish'] },
      { key: 'nav.flowsHintEdit', needs: ['flows.write'] },
      { key: 'nav.flowsHintPublish', needs: ['flows.publish'] },
      { key: 'nav.flowsHintRead', needs: [] },
    ],
  },
  {
    to: '/texts',
    labelKey: 'nav.texts',
    permission: 'flows.read',
    hints: [
      { key: 'nav.textsHint', needs: ['flows.write'] },
      { key: 'nav.textsHintPublish', needs: ['flows.publish'] },
      { key: 'nav.textsHintRead', needs: [] },
    ],
  },
  {
    to: '/releases',
    labelKey: 'nav.releases',
    permission: 'flows.read',
    hints: [
      { key: 'nav.releasesHint', needs: ['flows.publish'] },
      { key: 'nav.releasesHintEdit', needs: ['flows.write'] },
      { key: 'nav.releasesHintRead', needs: [] },
    ],
  },
  { to: '/understanding', labelKey: 'nav.understanding', permission: 'understanding.review' },
  { to: '/settings', labelKey: 'nav.settings', permission: 'settings.manage' },
  { to: '/canned-replies', labelKey: 'nav.canned', permission: 'settings.manage' },
  { to: '/connections', labelKey: 'nav.connections', permission: 'zalo.connect' },
  { to: '/audit', labelKey: 'nav.audit', permission: 'audit.read' },
  { to: '/failures', labelKey: 'nav.failures', permission: 'events.replay' },
  { to: '/accounts', labelKey: 'nav.accounts', permission: 'accounts.manage' },
];

/** The hint of a screen for a role: the first whose permissions it holds. */
export function screenHintKey(
  screen: (typeof NAVIGATION)[number],
  can: (permission: AdminPermission) => boolean,
): string {
  const hint = screen.hints?.find((candidate) => candidate.needs.every(can));
  return hint?.key ?? `${screen.labelKey}Hint`;
}
