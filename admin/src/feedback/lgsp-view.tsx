import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';
import { formatDateTime } from '../conversations/format';

type Ticket = Schemas['FeedbackTicket'];

/**
 * What the province's system of record (the LGSP) last said of the ticket, beside our own status: answers,
 * rejections and closes made here reach the citizen on Zalo only (the LGSP's API has no call to write them back), so
 * the two can differ, and an official must see the LGSP's answer before answering again.
 */
export function LgspView({ ticket }: { ticket: Ticket }) {
  const { t, i18n } = useTranslation();
  if (!ticket.lgspId) return null;
  const lgsp = ticket.lgsp;
  const when = (iso: string) => formatDateTime(iso, i18n.language);
  return (
    <Paper withBorder p="md" data-testid="ticket-lgsp">
      <Stack gap={6}>
        <Title order={2} size="h5">
          {t('feedback.lgspView.title')}
        </Title>
        {lgsp ? (
          <>
            <Text size="sm">
              {t('feedback.lgspView.status', { status: t(`feedback.lgspView.statuses.${lgsp.status}`) })}
            </Text>
            {lgsp.answer && (
              <>
                <Text size="sm" fw={600}>
                  {lgsp.answeredAt
                    ? t('feedback.lgspView.answerAt', { at: when(lgsp.answeredAt) })
                    : t('feedback.lgspView.answer')}
                </Text>
                {/* The LGSP's answer became the ticket's: shown once, above. */}
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="ticket-lgsp-answer">
                  {lgsp.answer === ticket.answer ? t('feedback.lgspView.sameAnswer') : lgsp.answer}
                </Text>
              </>
            )}
            <Text size="xs" c="dimmed">
              {t(lgsp.polling ? 'feedback.lgspView.checkedPolling' : 'feedback.lgspView.checkedDone', {
                at: when(lgsp.checkedAt),
              })}
            </Text>
          </>
        ) : (
          <Text size="sm">{t('feedback.lgspView.notAsked')}</Text>
        )}
        <Text size="xs" c="dimmed">
          {t('feedback.lgspView.oneWay')}
        </Text>
      </Stack>
    </Paper>
  );
}

/** Above the answer box: the LGSP answered already (the citizen was told): another answer here would be a second one. */
export function LgspAnsweredWarning({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const lgsp = ticket.lgsp;
  if (lgsp?.status !== 'answered') return null;
  return (
    <Alert color="yellow" data-testid="lgsp-answered-warning">
      {t('feedback.lgspView.answeredAlready')}
    </Alert>
  );
}
