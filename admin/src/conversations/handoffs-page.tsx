import { Alert, Anchor, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { problemMessage } from '../auth/problem-message';
import { PageLoader } from '../shell/page-loader';
import { formatDateTime } from './format';
import {
  CloseHandoffButton,
  HandoffStatus,
  TakeButton,
  UnansweredCount,
  useLiveHandoffs,
  type Handoff,
} from './handoffs';

/** The citizen's last message, or the OA's, in one line. */
function LastMessage({ handoff }: { handoff: Handoff }) {
  const { t, i18n } = useTranslation();
  const last = handoff.lastMessage;
  if (!last) return <>—</>;
  const who = last.direction === 'in' ? t('conversation.citizen') : t('conversation.oa');
  return (
    <>
      <Text size="sm" lineClamp={2}>
        {who}: {last.text ?? t('conversation.kind', { kind: last.kind })}
      </Text>
      <Text size="xs" c="dimmed">
        {formatDateTime(last.occurredAt, i18n.language)}
      </Text>
    </>
  );
}

/** Citizens who asked for a person, oldest first, polled: take one, open the conversation to answer, close when done. */
export function HandoffsPage() {
  const { t, i18n } = useTranslation();
  const handoffs = useLiveHandoffs();
  const items = handoffs.data ?? [];

  return (
    <Stack>
      <Title order={1} size="h3">
        {t('handoffs.title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('handoffs.intro')}
      </Text>
      {handoffs.isPending && <PageLoader />}
      {handoffs.error && (
        <Alert color="red" role="alert">
          {problemMessage(t, handoffs.error)}
        </Alert>
      )}
      {handoffs.data && items.length === 0 && <Text>{t('handoffs.none')}</Text>}
      {items.length > 0 && (
        <Table striped maw={1200}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('handoffs.column.since')}</Table.Th>
              <Table.Th>{t('handoffs.column.citizen')}</Table.Th>
              <Table.Th>{t('handoffs.column.lastMessage')}</Table.Th>
              <Table.Th>{t('handoffs.column.unanswered')}</Table.Th>
              <Table.Th>{t('handoffs.column.status')}</Table.Th>
              <Table.Th>{t('handoffs.column.reason')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((handoff) => (
              <Table.Tr key={handoff.id} data-testid="handoff-row">
                <Table.Td>{formatDateTime(handoff.createdAt, i18n.language)}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/conversations/${encodeURIComponent(handoff.citizenId)}`}>
                    {t('handoffs.openConversation', { citizen: handoff.citizenName ?? handoff.citizenId })}
                  </Anchor>
                </Table.Td>
                <Table.Td maw={320}>
                  <LastMessage handoff={handoff} />
                </Table.Td>
                <Table.Td>
                  <UnansweredCount count={handoff.unanswered} />
                </Table.Td>
                <Table.Td>
                  <HandoffStatus handoff={handoff} />
                </Table.Td>
                <Table.Td>{handoff.reason ?? '—'}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <TakeButton handoff={handoff} />
                    <CloseHandoffButton handoff={handoff} />
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
