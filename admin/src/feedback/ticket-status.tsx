import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';

export type TicketStatus = Schemas['FeedbackTicketSummary']['status'];

/** Every status, in the order officials think of them (the filter's choices). */
export const TICKET_STATUSES: readonly TicketStatus[] = [
  'received',
  'forwarded',
  'processing',
  'reopened',
  'answered',
  'rejected',
  'duplicate',
  'closed',
];

/** Still waiting for the province: an official can answer, reject or mark it duplicate (the server's ANSWERABLE). */
export const OPEN_STATUSES: readonly TicketStatus[] = ['received', 'forwarded', 'processing', 'reopened'];
/** Settled: it can be reopened (the server's REOPENABLE). */
export const SETTLED_STATUSES: readonly TicketStatus[] = ['answered', 'rejected', 'duplicate', 'closed'];

const COLORS: Record<TicketStatus, string> = {
  received: 'orange',
  forwarded: 'orange',
  processing: 'blue',
  reopened: 'red',
  answered: 'green',
  rejected: 'gray',
  duplicate: 'gray',
  closed: 'gray',
};

export function TicketStatusBadge({ status }: { status: TicketStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="dot">
      {t(`feedback.status.${status}`)}
    </Badge>
  );
}
