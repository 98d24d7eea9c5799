import { Alert, Anchor, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import { problemMessage } from '../auth/problem-message';
import { formatDateTime } from '../conversations/format';
import { PageLoader } from '../shell/page-loader';
import { TICKET_STATUSES, TicketStatusBadge, type TicketStatus } from './ticket-status';
import { useSearchFilters } from '../shell/use-search-filters';

const PAGE_SIZE = 50;
const POLL_MS = 30_000;

/**
 * Citizens' feedback (phản ánh, kiến nghị), newest first: filter by status, field and words; a ticket opens on its
 * own page. The filters live in the address so a filtered list can be shared and comes back on reload.
 */
export function FeedbackInboxPage() {
  const { t, i18n } = useTranslation();
  const [search, setFilter] = useSearchFilters();
  const status = (search.get('status') as TicketStatus | null) ?? undefined;
  const category = search.get('category') ?? undefined;
  const [text, setText] = useState(search.get('q') ?? '');
  const [typed] = useDebouncedValue(text.trim(), 400);

  const tickets = useInfiniteQuery({
    queryKey: ['feedback-tickets', status, category, typed],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/admin/feedback/tickets', {
          params: {
            query: {
              limit: PAGE_SIZE,
              ...(status ? { status } : {}),
              ...(category ? { category } : {}),
              ...(typed ? { text: typed } : {}),
              ...(pageParam ? { before: pageParam } : {}),
            },
          },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: POLL_MS,
  });
  const items = useMemo(() => tickets.data?.pages.flatMap((page) => page.items) ?? [], [tickets.data]);

  // The fields seen so far (the list of fields belongs to the LGSP): remembered while the page is open.
  const [knownCategories, setKnownCategories] = useState(new Map<string, string>());
  const unseen = items.filter((item) => !knownCategories.has(item.categoryCode));
  if (unseen.length > 0) {
    const next = new Map(knownCategories);
    for (const item of unseen) next.set(item.categoryCode, item.categoryName);
    setKnownCategories(next);
  }

  return (
    <Stack>
      <Title order={1} size="h3">
        {t('feedback.title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('feedback.intro')}
      </Text>
      <Group align="flex-end" wrap="wrap">
        <Select
          label={t('feedback.filter.status')}
          placeholder={t('feedback.filter.all')}
          clearable
          data={TICKET_STATUSES.map((value) => ({ value, label: t(`feedback.status.${value}`) }))}
          value={status ?? null}
          onChange={(value) => setFilter('status', value)}
          w={220}
        />
        <Select
          label={t('feedback.filter.category')}
          placeholder={t('feedback.filter.all')}
          clearable
          data={[...knownCategories].map(([value, label]) => ({ value, label }))}
          value={category ?? null}
          onChange={(value) => setFilter('category', value)}
          w={260}
        />
        <TextInput
          label={t('feedback.filter.text')}
          placeholder={t('feedback.filter.textPlaceholder')}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setFilter('q', event.currentTarget.value.trim() || null);
          }}
          w={300}
        />
      </Group>
      {tickets.isPending && <PageLoader />}
      {tickets.error && (
        <Alert color="red" role="alert">
          {problemMessage(t, tickets.error)}
        </Alert>
      )}
      {tickets.data && items.length === 0 && <Text>{t('feedback.none')}</Text>}
      {items.length > 0 && (
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('feedback.column.number')}</Table.Th>
              <Table.Th>{t('feedback.column.title')}</Table.Th>
              <Table.Th>{t('feedback.column.category')}</Table.Th>
              <Table.Th>{t('feedback.column.status')}</Table.Th>
              <Table.Th>{t('feedback.column.received')}</Table.Th>
              <Table.Th>{t('feedback.column.updated')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((ticket) => (
              <Table.Tr key={ticket.number} data-testid="ticket-row">
                <Table.Td>
                  <Anchor component={Link} to={`/feedback/${encodeURIComponent(ticket.number)}`} ff="monospace">
                    {ticket.number}
                  </Anchor>
                </Table.Td>
                <Table.Td>{ticket.title}</Table.Td>
                <Table.Td>{ticket.categoryName}</Table.Td>
                <Table.Td>
                  <TicketStatusBadge status={ticket.status} />
                </Table.Td>
                <Table.Td>{formatDateTime(ticket.createdAt, i18n.language)}</Table.Td>
                <Table.Td>{formatDateTime(ticket.updatedAt, i18n.language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {tickets.hasNextPage && (
        <Group>
          <Button variant="default" onClick={() => void tickets.fetchNextPage()} loading={tickets.isFetchingNextPage}>
            {t('feedback.more')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
