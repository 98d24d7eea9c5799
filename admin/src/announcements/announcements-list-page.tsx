import { Anchor, Badge, Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { useSession } from '../auth/session';
import { formatDateTime } from '../conversations/format';
import { ANNOUNCEMENT_STATUSES, AnnouncementStatusBadge, type AnnouncementStatus } from './announcement-status';
import { ListStatus, MoreRows } from '../shell/list-status';

const PAGE_SIZE = 50;
const POLL_MS = 15_000;

/** Announcements to followers, newest first, filtered by status (kept in the address). */
export function AnnouncementsListPage() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const [search, setSearch] = useSearchParams();
  const status = (search.get('status') as AnnouncementStatus | null) ?? undefined;
  const list = useInfiniteQuery({
    queryKey: ['announcements', status],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/admin/announcements', {
          params: {
            query: { limit: PAGE_SIZE, ...(status ? { status } : {}), ...(pageParam ? { before: pageParam } : {}) },
          },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: POLL_MS,
  });
  const items = useMemo(() => list.data?.pages.flatMap((page) => page.items) ?? [], [list.data]);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h3">
          {t('announcements.title')}
        </Title>
        <Group>
          <Button component={Link} to="/announcements/topics" variant="default">
            {t('announcements.topics.link')}
          </Button>
          {can('announcements.write') && (
            <Button component={Link} to="/announcements/new">
              {t('announcements.new')}
            </Button>
          )}
        </Group>
      </Group>
      <Text c="dimmed" size="sm">
        {t('announcements.intro')}
      </Text>
      <Select
        label={t('announcements.filter.status')}
        placeholder={t('announcements.filter.all')}
        clearable
        data={ANNOUNCEMENT_STATUSES.map((value) => ({ value, label: t(`announcements.status.${value}`) }))}
        value={status ?? null}
        onChange={(value) => {
          const next = new URLSearchParams(search);
          if (value) next.set('status', value);
          else next.delete('status');
          setSearch(next, { replace: true });
        }}
        w={240}
      />
      <ListStatus query={list} count={items.length} none={t('announcements.none')} />
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={0}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('announcements.column.title')}</Table.Th>
                <Table.Th>{t('announcements.column.status')}</Table.Th>
                <Table.Th>{t('announcements.column.created')}</Table.Th>
                <Table.Th>{t('announcements.column.sendAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.id} data-testid="announcement-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/announcements/${item.id}`}>
                      {item.content.vi.title}
                    </Anchor>
                    {item.urgent && (
                      <Badge color="red" variant="light" ml="xs" size="sm">
                        {t('announcements.urgent.badge')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <AnnouncementStatusBadge status={item.status} />
                  </Table.Td>
                  <Table.Td>{formatDateTime(item.createdAt, i18n.language)}</Table.Td>
                  <Table.Td>
                    {item.sendAt && item.status !== 'cancelled' ? formatDateTime(item.sendAt, i18n.language) : ''}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <MoreRows query={list} />
    </Stack>
  );
}
