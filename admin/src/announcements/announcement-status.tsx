import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';

export type Announcement = Schemas['Announcement'];
export type AnnouncementStatus = Announcement['status'];

/**
 * Each status's badge colour, in the order an announcement goes through them. Typed by the generated API types: a
 * status the server adds or drops fails the type check here, so the list below cannot fall behind the API.
 */
const COLORS = {
  draft: 'gray',
  submitted: 'orange',
  returned: 'red',
  approved: 'teal',
  scheduled: 'blue',
  sending: 'blue',
  paused: 'yellow',
  sent: 'green',
  cancelled: 'gray',
} as const satisfies Record<AnnouncementStatus, string>;

/** Every status, in lifecycle order (the list filter's choices): the keys of the exhaustive record above. */
export const ANNOUNCEMENT_STATUSES = Object.keys(COLORS) as readonly AnnouncementStatus[];

/** The server's rules (src/announcements/admin-routes.ts), so only possible actions are offered. */
export const EDITABLE: readonly AnnouncementStatus[] = ['draft', 'returned'];
export const PAUSABLE: readonly AnnouncementStatus[] = ['scheduled', 'sending'];
export const CANCELLABLE: readonly AnnouncementStatus[] = ANNOUNCEMENT_STATUSES.filter(
  (status) => status !== 'sent' && status !== 'cancelled',
);
/** Statuses with recipients to count: the progress bar and the report. */
export const DELIVERING: readonly AnnouncementStatus[] = ['scheduled', 'sending', 'paused', 'sent', 'cancelled'];
/** Done with: what it reached is final. */
export const FINISHED: readonly AnnouncementStatus[] = ['sent', 'cancelled'];

export function AnnouncementStatusBadge({ status }: { status: AnnouncementStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="dot" data-testid="announcement-status">
      {t(`announcements.status.${status}`)}
    </Badge>
  );
}
