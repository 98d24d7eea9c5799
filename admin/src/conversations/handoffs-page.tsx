import { Alert, Anchor, Button, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import { problemMessage } from '../auth/problem-message';
import { useSession } from '../auth/session';
import { PageLoader } from '../shell/page-loader';
import { formatDateTime } from './format';

/** Citizens who asked for a person and have not been answered and closed yet, oldest first. */
export function HandoffsPage() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const queryClient = useQueryClient();
  const handoffs = useQuery({
    queryKey: ['handoffs'],
    queryFn: () => unwrap(api.GET('/api/admin/conversations/handoffs')),
    refetchInterval: 30_000,
  });
  const close = useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/admin/conversations/handoffs/{id}/close', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['handoffs'] }),
  });
  const items = [...(handoffs.data?.items ?? [])].sort((a, b) => a.createdAt.localeCompare(b.createdAt));

  return (
    <Stack>
      <Title order={1} size="h3">
        {t('handoffs.title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('handoffs.intro')}
      </Text>
      {handoffs.isPending && <PageLoader />}
      {(handoffs.error ?? close.error) && (
        <Alert color="red" role="alert">
          {problemMessage(t, handoffs.error ?? close.error)}
        </Alert>
      )}
      {handoffs.data && items.length === 0 && <Text>{t('handoffs.none')}</Text>}
      {items.length > 0 && (
        <Table striped maw={1000}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('handoffs.column.since')}</Table.Th>
              <Table.Th>{t('handoffs.column.citizen')}</Table.Th>
              <Table.Th>{t('handoffs.column.reason')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((handoff) => (
              <Table.Tr key={handoff.id}>
                <Table.Td>{formatDateTime(handoff.createdAt, i18n.language)}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/conversations/${encodeURIComponent(handoff.citizenId)}`}>
                    {t('handoffs.openConversation', { citizen: handoff.citizenId })}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  {handoff.reason ?? '—'}{' '}
                  <Text span c="dimmed" size="xs">
                    ({handoff.flowId})
                  </Text>
                </Table.Td>
                <Table.Td>
                  {can('conversations.reply') && (
                    <Button
                      size="xs"
                      variant="default"
                      loading={close.isPending && close.variables === handoff.id}
                      onClick={() => close.mutate(handoff.id)}
                    >
                      {t('handoffs.close')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
