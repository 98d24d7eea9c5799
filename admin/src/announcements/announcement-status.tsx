import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';

export type Announcement = Schemas['Announcement'];
export type AnnouncementStatus = Announcement['status'];

/** Every status, in the order an announcement goes through them (the list filter's choices). */
export const ANNOUNCEMENT_STATUSES: readonly AnnouncementStatus[] = [
  'draft',
  'submitted',
  'returned',
  'approved',
  'scheduled',
  'sending',
  'paused',
  'sent',
  'cancelled',
];

/** The server's rules (src/announcements/admin-routes.ts), so only possible actions are offered. */
export const EDITABLE: readonly AnnouncementStatus[] = ['draft', 'returned'];
export const PAUSABLE: readonly AnnouncementStatus[] = ['scheduled', 'sending'];
export const CANCELLABLE: readonly AnnouncementStatus[] = ANNOUNCEMENT_STATUSES.filter(
  (status) => status !== 'sent' && status !== 'cancelled',
);
/** Statuses with recipients to count: the progress bar and the report. */
export const DELIVERING: readonly AnnouncementStatus[] = ['scheduled', 'sending', 'paused', 'sent', 'cancelled'];

const COLORS: Record<AnnouncementStatus, string> = {
  draft: 'gray',
  submitted: 'orange',
  returned: 'red',
  approved: 'teal',
  scheduled: 'blue',
  sending: 'blue',
  paused: 'yellow',
  sent: 'green',
  cancelled: 'gray',
};

export function AnnouncementStatusBadge({ status }: { status: AnnouncementStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="dot" data-testid="announcement-status">
      {t(`announcements.status.${status}`)}
    </Badge>
  );
}
