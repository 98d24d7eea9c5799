import { Anchor, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSearchFilters } from '../shell/use-search-filters';
import { useUnits } from '../settings/units';
import { formatDateTime } from './format';
import { loggedEventSummary } from './logged-event';
import {
  CitizenLanguageBadge,
  ClosedBy,
  CloseHandoffButton,
  HandoffRating,
  HandoffStatus,
  HandoffUnit,
  LeftMessageBadge,
  TakeButton,
  TransferHandoffButton,
  UnansweredCount,
  useClosedHandoffs,
  useLiveHandoffs,
  type Handoff,
} from './handoffs';
import { ListStatus } from '../shell/list-status';
import { useNarrow } from '../shell/use-narrow';

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

/** The citizen by name (their Zalo name), opening their conversation. */
function CitizenLink({ handoff }: { handoff: Handoff }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={`/conversations/${encodeURIComponent(handoff.citizenId)}`} size="sm" fw={600}>
      {handoff.citizenName ?? t('handoffs.unnamed')}
    </Anchor>
  );
}

/** What an official does with a live hand-off. */
function Actions({ handoff }: { handoff: Handoff }) {
  return (
    <Group gap="xs">
      <TakeButton handoff={handoff} />
      <TransferHandoffButton handoff={handoff} />
      <CloseHandoffButton handoff={handoff} />
    </Group>
  );
}

/** One live hand-off as a card (narrow screens): who, the actions, then the rest. */
function HandoffCard({ handoff }: { handoff: Handoff }) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder p="sm" data-testid="handoff-row">
      <Stack gap={6}>
        <Group gap="xs" justify="space-between">
          <Group gap="xs">
            <CitizenLink handoff={handoff} />
            <CitizenLanguageBadge handoff={handoff} />
          </Group>
          <HandoffStatus handoff={handoff} />
        </Group>
        <Actions handoff={handoff} />
        <LeftMessageBadge handoff={handoff} />
        <LastMessage handoff={handoff} />
        <Text size="sm">
          {t('handoffs.column.unanswered')}: <UnansweredCount count={handoff.unanswered} />
        </Text>
        <Text size="sm">
          {t('handoffs.column.since')}: {formatDateTime(handoff.createdAt, i18n.language)} · {t('handoffs.column.unit')}
          : <HandoffUnit handoff={handoff} />
        </Text>
        {handoff.reason && (
          <Text size="sm" c="dimmed">
            {t('handoffs.column.reason')}: {handoff.reason}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/** Live hand-offs as a table (wide screens). */
function HandoffTable({ items }: { items: Handoff[] }) {
  const { t, i18n } = useTranslation();
  return (
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
            <Table.Th>{t('handoffs.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((handoff) => (
            <Table.Tr key={handoff.id} data-testid="handoff-row">
              <Table.Td>{formatDateTime(handoff.createdAt, i18n.language)}</Table.Td>
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  <CitizenLink handoff={handoff} />
                  <CitizenLanguageBadge handoff={handoff} />
                </Stack>
              </Table.Td>
              <Table.Td maw={320}>
                <LastMessage handoff={handoff} />
              </Table.Td>
              <Table.Td>
                <UnansweredCount count={handoff.unanswered} />
              </Table.Td>
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  <HandoffStatus handoff={handoff} />
                  <LeftMessageBadge handoff={handoff} />
                </Stack>
              </Table.Td>
              <Table.Td>
                <HandoffUnit handoff={handoff} />
              </Table.Td>
              <Table.Td>{handoff.reason ?? '—'}</Table.Td>
              <Table.Td>
                <Actions handoff={handoff} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The hand-offs closed last, with who closed them, the citizen's rating and the official's note. */
function RecentlyClosed({ unit, narrow }: { unit: string | null; narrow: boolean }) {
  const { t, i18n } = useTranslation();
  const closed = useClosedHandoffs();
  const items = (closed.data ?? []).filter((handoff) => unit === null || (handoff.unit ?? GENERAL) === unit);
  const when = (handoff: Handoff) => (handoff.closedAt ? formatDateTime(handoff.closedAt, i18n.language) : '—');
  return (
    <Stack component="section" aria-labelledby="handoffs-closed" gap="xs">
      <Title order={2} size="h4" id="handoffs-closed">
        {t('handoffs.closedTitle')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('handoffs.closedIntro')}
      </Text>
      <ListStatus query={closed} />
      {closed.data && items.length === 0 && <Text size="sm">{t('handoffs.closedNone')}</Text>}
      {items.length > 0 && narrow && (
        <Stack gap="xs">
          {items.map((handoff) => (
            <Paper key={handoff.id} withBorder p="sm" data-testid="closed-handoff">
              <Stack gap={4}>
                <Group gap="xs" justify="space-between">
                  <CitizenLink handoff={handoff} />
                  <HandoffRating handoff={handoff} />
                </Group>
                <Text size="xs" c="dimmed">
                  {when(handoff)} · <ClosedBy handoff={handoff} />
                </Text>
                {handoff.closeNote && <Text size="sm">{handoff.closeNote}</Text>}
              </Stack>
            </Paper>
          ))}
        </Stack>
      )}
      {items.length > 0 && !narrow && (
        <Table.ScrollContainer minWidth={0}>
          <Table maw={1200}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('handoffs.closedColumn.closedAt')}</Table.Th>
                <Table.Th>{t('handoffs.column.citizen')}</Table.Th>
                <Table.Th>{t('handoffs.closedColumn.closedBy')}</Table.Th>
                <Table.Th>{t('handoffs.closedColumn.rating')}</Table.Th>
                <Table.Th>{t('handoffs.closedColumn.note')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((handoff) => (
                <Table.Tr key={handoff.id} data-testid="closed-handoff">
                  <Table.Td>{when(handoff)}</Table.Td>
                  <Table.Td>
                    <CitizenLink handoff={handoff} />
                  </Table.Td>
                  <Table.Td>
                    <ClosedBy handoff={handoff} />
                  </Table.Td>
                  <Table.Td>
                    <HandoffRating handoff={handoff} />
                  </Table.Td>
                  <Table.Td maw={360}>
                    <Text size="sm" lineClamp={3}>
                      {handoff.closeNote ?? '—'}
                    </Text>
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
  const { t } = useTranslation();
  const narrow = useNarrow();
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
      {items.length > 0 &&
        (narrow ? (
          <Stack gap="xs">
            {items.map((handoff) => (
              <HandoffCard key={handoff.id} handoff={handoff} />
            ))}
          </Stack>
        ) : (
          <HandoffTable items={items} />
        ))}
      <RecentlyClosed unit={unit} narrow={narrow} />
    </Stack>
  );
}
