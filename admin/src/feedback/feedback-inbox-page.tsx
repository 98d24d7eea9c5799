import { Anchor, Checkbox, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import { formatDateTime } from '../conversations/format';
import { TICKET_STATUSES, TicketStatusBadge, type TicketStatus } from './ticket-status';
import { useSearchFilters } from '../shell/use-search-filters';
import { useUnits } from '../settings/units';
import { OverdueReminders } from './overdue-reminders';
import { Deadline } from './deadline';
import { useCategoryName } from './category-names';
import { ListStatus, MoreRows } from '../shell/list-status';
import { useNarrow } from '../shell/use-narrow';

const PAGE_SIZE = 50;
const POLL_MS = 30_000;

type Sort = 'overdue_first' | 'newest';

/**
 * Citizens' feedback (phản ánh, kiến nghị), overdue first (earliest deadline first, then newest) or newest first:
 * filter by status, field, unit, overdue and words; a ticket opens on its own page. The filters live in the address
 * so a filtered list can be shared and comes back on reload.
 */
export function FeedbackInboxPage() {
  const { t, i18n } = useTranslation();
  const categoryName = useCategoryName();
  const [search, setFilter] = useSearchFilters();
  // At a phone's width each ticket is a card: the table's columns would squeeze the title a word a line.
  const narrow = useNarrow();
  const status = (search.get('status') as TicketStatus | null) ?? undefined;
  const category = search.get('category') ?? undefined;
  const unit = search.get('unit') ?? undefined;
  const overdueOnly = search.get('overdue') === 'true';
  const sort: Sort = search.get('sort') === 'newest' ? 'newest' : 'overdue_first';
  const { options: units, nameOf } = useUnits();
  const [text, setText] = useState(search.get('q') ?? '');
  const [typed] = useDebouncedValue(text.trim(), 400);

  const tickets = useInfiniteQuery({
    queryKey: ['feedback-tickets', status, category, unit, overdueOnly, sort, typed],
    // Newest first pages with the last ticket's number, overdue first with an offset.
    initialPageParam: undefined as string | number | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/admin/feedback/tickets', {
          params: {
            query: {
              limit: PAGE_SIZE,
              ...(status ? { status } : {}),
              ...(category ? { category } : {}),
              ...(unit ? { unit } : {}),
              ...(overdueOnly ? { overdue: 'true' as const } : {}),
              sort,
              ...(typed ? { text: typed } : {}),
              ...(typeof pageParam === 'string' ? { before: pageParam } : {}),
              ...(typeof pageParam === 'number' ? { offset: pageParam } : {}),
            },
          },
        }),
      ),
    getNextPageParam: (last, pages) =>
      sort === 'newest'
        ? (last.nextCursor ?? undefined)
        : last.items.length === PAGE_SIZE
          ? pages.length * PAGE_SIZE
          : undefined,
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
      <Anchor component={Link} to="/feedback/routing" size="sm">
        {t('feedback.routingLink')}
      </Anchor>
      <OverdueReminders />
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
          data={[...knownCategories].map(([value, label]) => ({ value, label: categoryName(value, label) }))}
          value={category ?? null}
          onChange={(value) => setFilter('category', value)}
          w={260}
        />
        {units.length > 0 && (
          <Select
            label={t('feedback.filter.unit')}
            placeholder={t('feedback.filter.all')}
            clearable
            data={units}
            value={unit ?? null}
            onChange={(value) => setFilter('unit', value)}
            w={240}
          />
        )}
        <Select
          label={t('feedback.filter.sort')}
          data={[
            { value: 'overdue_first', label: t('feedback.sort.overdue_first') },
            { value: 'newest', label: t('feedback.sort.newest') },
          ]}
          value={sort}
          onChange={(value) => setFilter('sort', value === 'newest' ? 'newest' : null)}
          allowDeselect={false}
          w={220}
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
        <Checkbox
          label={t('feedback.filter.overdue')}
          checked={overdueOnly}
          onChange={(event) => setFilter('overdue', event.currentTarget.checked ? 'true' : null)}
          mb={8}
        />
      </Group>
      <ListStatus query={tickets} count={items.length} none={t('feedback.none')} />
      {items.length > 0 && narrow && (
        <Stack gap="xs">
          {items.map((ticket) => (
            <Paper key={ticket.number} withBorder p="sm" data-testid="ticket-row">
              <Stack gap={6}>
                <Group gap="xs" justify="space-between">
                  <Anchor component={Link} to={`/feedback/${encodeURIComponent(ticket.number)}`} ff="monospace">
                    {ticket.number}
                  </Anchor>
                  <TicketStatusBadge status={ticket.status} />
                </Group>
                <Text size="sm" fw={600} c={ticket.purged && !ticket.title ? 'dimmed' : undefined}>
                  {ticket.purged && !ticket.title ? t('feedback.ticket.purgedTitle') : ticket.title}
                </Text>
                <Group gap={4} wrap="nowrap">
                  <Text size="sm">{t('feedback.column.due')}:</Text>
                  <Deadline dueAt={ticket.dueAt} overdue={ticket.overdue} />
                </Group>
                <Text size="sm">
                  {t('feedback.column.unit')}: {nameOf(ticket.unitCode) ?? '—'}
                </Text>
                <Text size="sm" c="dimmed">
                  {categoryName(ticket.categoryCode, ticket.categoryName)} · {t('feedback.column.received')}:{' '}
                  {formatDateTime(ticket.createdAt, i18n.language)}
                </Text>
              </Stack>
            </Paper>
          ))}
        </Stack>
      )}
      {items.length > 0 && !narrow && (
        <Table.ScrollContainer minWidth={0}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('feedback.column.number')}</Table.Th>
                <Table.Th>{t('feedback.column.title')}</Table.Th>
                <Table.Th>{t('feedback.column.category')}</Table.Th>
                <Table.Th>{t('feedback.column.status')}</Table.Th>
                <Table.Th>{t('feedback.column.due')}</Table.Th>
                <Table.Th>{t('feedback.column.unit')}</Table.Th>
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
                  <Table.Td>
                    {ticket.purged && !ticket.title ? (
                      <Text size="sm" c="dimmed" span>
                        {t('feedback.ticket.purgedTitle')}
                      </Text>
                    ) : (
                      ticket.title
                    )}
                  </Table.Td>
                  <Table.Td>{categoryName(ticket.categoryCode, ticket.categoryName)}</Table.Td>
                  <Table.Td>
                    <TicketStatusBadge status={ticket.status} />
                  </Table.Td>
                  <Table.Td>
                    <Deadline dueAt={ticket.dueAt} overdue={ticket.overdue} />
                  </Table.Td>
                  <Table.Td>{nameOf(ticket.unitCode) ?? '—'}</Table.Td>
                  <Table.Td>{formatDateTime(ticket.createdAt, i18n.language)}</Table.Td>
                  <Table.Td>{formatDateTime(ticket.updatedAt, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <MoreRows query={tickets} />
    </Stack>
  );
}
