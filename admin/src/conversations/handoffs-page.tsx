import { Anchor, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSearchFilters } from '../shell/use-search-filters';
import { useUnits } from '../settings/units';
import { formatDateTime } from './format';
import { loggedEventSummary } from './logged-event';
import {
  CloseHandoffButton,
  HandoffStatus,
  HandoffUnit,
  TakeButton,
  TransferHandoffButton,
  UnansweredCount,
  useLiveHandoffs,
  type Handoff,
} from './handoffs';
import { ListStatus } from '../shell/list-status';

/** The citizen's last message, in one line. */
function LastMessage({ handoff }: { handoff: Handoff }) {
  const { t, i18n } = useTranslation();
  const last = handoff.lastMessage;
  if (!last) return <>—</>;
  const who = last.direction === 'in' ? t('conversation.citizen') : t('conversation.oa');
  return (
    <>
      <Text size="sm" lineClamp={2}>
        {/* A tapped button reads by its title, as in the conversation log, not as its payload (#choice:send). */}
        {who}:{' '}
        {last.event.type === 'tapped'
          ? loggedEventSummary(t, last.event)
          : (last.text ?? loggedEventSummary(t, last.event))}
      </Text>
      <Text size="xs" c="dimmed">
        {formatDateTime(last.occurredAt, i18n.language)}
      </Text>
    </>
  );
}

/** The general queue's key in the counts and the filter (a unit code starts with a letter or digit). */
const GENERAL = '-';

/** Waiting and taken hand-offs per unit (the general queue first), each a link that filters the list to it. */
function CountsByUnit({ items, onPick }: { items: Handoff[]; onPick(unit: string | null): void }) {
  const { t } = useTranslation();
  const { nameOf } = useUnits();
  const counts = new Map<string, { open: number; taken: number }>();
  for (const handoff of items) {
    const key = handoff.unit ?? GENERAL;
    const count = counts.get(key) ?? { open: 0, taken: 0 };
    if (handoff.status === 'open') count.open += 1;
    else count.taken += 1;
    counts.set(key, count);
  }
  const rows = [...counts].sort(([a], [b]) => (a === GENERAL ? -1 : b === GENERAL ? 1 : a.localeCompare(b)));
  return (
    <Paper withBorder p="xs" component="section" aria-labelledby="handoffs-by-unit" maw={640}>
      <Text id="handoffs-by-unit" size="sm" fw={600}>
        {t('handoffs.byUnit')}
      </Text>
      <Table.ScrollContainer minWidth={0}>
        <Table data-testid="handoffs-by-unit">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('handoffs.column.unit')}</Table.Th>
              <Table.Th>{t('handoffs.status.open')}</Table.Th>
              <Table.Th>{t('handoffs.taken')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(([unit, count]) => (
              <Table.Tr key={unit}>
                <Table.Td>
                  <Anchor component="button" type="button" size="sm" onClick={() => onPick(unit)}>
                    {unit === GENERAL ? t('handoffs.generalQueue') : nameOf(unit)}
                  </Anchor>
                </Table.Td>
                <Table.Td>{count.open}</Table.Td>
                <Table.Td>{count.taken}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

/** Citizens who asked for a person, oldest first, polled: take one, open the conversation to answer, close when done. */
export function HandoffsPage() {
  const { t, i18n } = useTranslation();
  const handoffs = useLiveHandoffs();
  const { options } = useUnits();
  const [search, setFilter] = useSearchFilters();
  const unit = search.get('unit');
  const all = handoffs.data ?? [];
  const items = unit === null ? all : all.filter((handoff) => (handoff.unit ?? GENERAL) === unit);
  const unitChoices = [{ value: GENERAL, label: t('handoffs.generalQueue') }, ...options];

  return (
    <Stack>
      <Title order={1} size="h3">
        {t('handoffs.title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('handoffs.intro')}
      </Text>
      <ListStatus query={handoffs} />
      {all.length > 0 && <CountsByUnit items={all} onPick={(picked) => setFilter('unit', picked)} />}
      {options.length > 0 && (
        <Select
          label={t('handoffs.filterUnit')}
          placeholder={t('handoffs.allUnits')}
          clearable
          data={unitChoices}
          value={unit}
          onChange={(value) => setFilter('unit', value)}
          w={300}
        />
      )}
      {handoffs.data && items.length === 0 && <Text>{t('handoffs.none')}</Text>}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={0}>
          <Table striped maw={1200}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('handoffs.column.since')}</Table.Th>
                <Table.Th>{t('handoffs.column.citizen')}</Table.Th>
                <Table.Th>{t('handoffs.column.lastMessage')}</Table.Th>
                <Table.Th>{t('handoffs.column.unanswered')}</Table.Th>
                <Table.Th>{t('handoffs.column.status')}</Table.Th>
                <Table.Th>{t('handoffs.column.unit')}</Table.Th>
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
                  <Table.Td>
                    <HandoffUnit handoff={handoff} />
                  </Table.Td>
                  <Table.Td>{handoff.reason ?? '—'}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <TakeButton handoff={handoff} />
                      <TransferHandoffButton handoff={handoff} />
                      <CloseHandoffButton handoff={handoff} />
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
