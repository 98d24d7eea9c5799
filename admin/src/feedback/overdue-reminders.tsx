import { Alert, Anchor, Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';

/** Ticket numbers shown in the banner at most; the overdue list has them all. */
const SHOWN = 8;
const POLL_MS = 60_000;

/**
 * Today's reminders of overdue tickets (one per unit and working day, made at the first office hour): the official's
 * own unit's, or every unit's for those who see all. Each names its tickets and opens the unit's overdue list.
 */
export function OverdueReminders() {
  const { t } = useTranslation();
  const reminders = useQuery({
    queryKey: ['feedback-reminders'],
    queryFn: () => unwrap(api.GET('/api/admin/feedback/reminders', { params: { query: { days: 1 } } })),
    refetchInterval: POLL_MS,
  });
  const items = reminders.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <>
      {items.map((reminder) => {
        const unit = reminder.unitName ?? reminder.unitCode ?? t('feedback.reminder.unrouted');
        const overdueList = `/feedback?overdue=true${reminder.unitCode ? `&unit=${encodeURIComponent(reminder.unitCode)}` : ''}`;
        return (
          <Alert
            key={reminder.id}
            color="orange.9"
            variant="outline"
            role="status"
            title={t('feedback.reminder.title', { unit, count: reminder.ticketCount })}
            data-testid="overdue-reminder"
          >
            <Group gap="xs" wrap="wrap">
              {reminder.tickets.slice(0, SHOWN).map((ticket) => (
                <Anchor
                  key={ticket.number}
                  component={Link}
                  to={`/feedback/${encodeURIComponent(ticket.number)}`}
                  ff="monospace"
                  size="sm"
                >
                  {ticket.number}
                </Anchor>
              ))}
              {reminder.ticketCount > SHOWN && (
                <Text size="sm" c="dimmed">
                  {t('feedback.reminder.more', { count: reminder.ticketCount - SHOWN })}
                </Text>
              )}
            </Group>
            <Anchor component={Link} to={overdueList} size="sm" mt="xs" display="inline-block">
              {t('feedback.reminder.open')}
            </Anchor>
          </Alert>
        );
      })}
    </>
  );
}
