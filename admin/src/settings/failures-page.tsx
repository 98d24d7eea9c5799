import { Alert, Badge, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { problemMessage } from '../auth/problem-message';
import { formatDateTime } from '../conversations/format';
import { PageLoader } from '../shell/page-loader';
import { useSearchFilters } from '../shell/use-search-filters';

type LetterStatus = 'open' | 'replayed' | 'discarded';
type EffectStatus = 'failed' | 'pending' | 'done';
const LETTER_STATUSES: readonly LetterStatus[] = ['open', 'replayed', 'discarded'];
const EFFECT_STATUSES: readonly EffectStatus[] = ['failed', 'pending', 'done'];

/**
 * Admins: what failed for good and waits for a person. Citizens' messages the bot could not handle after three tries
 * (replay once the cause is fixed, or discard), and writes to other systems (the LGSP, the hand-off webhook) that ran
 * out of attempts (retry: the same idempotency key, so done at most once). Contents are never shown: they are personal.
 */
export default function FailuresPage() {
  const { t } = useTranslation();
  return (
    <Stack maw={1100}>
      <Title order={1} size="h3">
        {t('failures.title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('failures.intro')}
      </Text>
      <DeadLetters />
      <ExternalEffects />
    </Stack>
  );
}

function DeadLetters() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [search, setFilter] = useSearchFilters();
  const status = (search.get('letters') as LetterStatus | null) ?? 'open';
  const [notice, setNotice] = useState<{ status: string; text: string } | null>(null);
  const letters = useQuery({
    queryKey: ['dead-letters', status],
    queryFn: () => unwrap(api.GET('/api/admin/zalo/dead-letters', { params: { query: { status, limit: 200 } } })),
  });
  const resolve = useMutation({
    mutationFn: ({ id, action }: { id: string; action: 'replay' | 'discard' }) =>
      action === 'replay'
        ? unwrap(api.POST('/api/admin/zalo/dead-letters/{id}/replay', { params: { path: { id } } }))
        : unwrap(api.POST('/api/admin/zalo/dead-letters/{id}/discard', { params: { path: { id } } })),
    onSuccess: (_data, { action }) => {
      setNotice({ status, text: t(`failures.letters.done.${action}`) });
      return queryClient.invalidateQueries({ queryKey: ['dead-letters'] });
    },
  });
  const items = letters.data?.items ?? [];
  return (
    <FailureSection
      kind="letters"
      testId="dead-letters"
      statuses={LETTER_STATUSES}
      status={status}
      onStatus={(value) => {
        // What was just done belongs to the list it was done in: another filter starts without it.
        setNotice(null);
        resolve.reset();
        setFilter('letters', value === 'open' ? null : value);
      }}
      notice={notice?.status === status ? notice.text : null}
      error={letters.error ?? resolve.error}
      loading={letters.isPending}
      empty={letters.data !== undefined && items.length === 0}
    >
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={0}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('failures.column.when')}</Table.Th>
                <Table.Th>{t('failures.letters.column.event')}</Table.Th>
                <Table.Th>{t('failures.column.error')}</Table.Th>
                <Table.Th>{t('failures.letters.column.citizen')}</Table.Th>
                <Table.Th>
                  {status === 'open' ? t('failures.column.action') : t('failures.letters.column.resolved')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((letter) => (
                <Table.Tr key={letter.id} data-testid="dead-letter-row">
                  <Table.Td>{formatDateTime(letter.createdAt, i18n.language)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {letter.eventName
                        ? t(`failures.letters.event.${letter.eventName}`, { defaultValue: letter.eventName })
                        : '—'}
                    </Text>
                    {letter.eventName && (
                      <Text size="xs" c="dimmed" ff="monospace">
                        {letter.eventName}
                      </Text>
                    )}
                    <Text size="xs" c="dimmed">
                      {t('failures.letters.failures', { count: letter.failures })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {letter.error}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" ff="monospace">
                      {letter.citizenId}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {letter.status === 'open' ? (
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="xs"
                          onClick={() => resolve.mutate({ id: letter.id, action: 'replay' })}
                          loading={resolve.isPending && resolve.variables.id === letter.id}
                        >
                          {t('failures.letters.replay')}
                        </Button>
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => resolve.mutate({ id: letter.id, action: 'discard' })}
                          disabled={resolve.isPending && resolve.variables.id === letter.id}
                        >
                          {t('failures.letters.discard')}
                        </Button>
                      </Group>
                    ) : (
                      <Text size="xs">
                        {t(`failures.letters.status.${letter.status}`)}
                        {letter.resolvedBy && ` · ${letter.resolvedBy}`}
                        {letter.resolvedAt && ` · ${formatDateTime(letter.resolvedAt, i18n.language)}`}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </FailureSection>
  );
}

function ExternalEffects() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [search, setFilter] = useSearchFilters();
  const status = (search.get('effects') as EffectStatus | null) ?? 'failed';
  const [notice, setNotice] = useState<{ status: string; text: string } | null>(null);
  const effects = useQuery({
    queryKey: ['effects', status],
    queryFn: () => unwrap(api.GET('/api/admin/effects', { params: { query: { status, limit: 200 } } })),
  });
  const retry = useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/admin/effects/{id}/retry', { params: { path: { id } } })),
    onSuccess: () => {
      setNotice({ status, text: t('failures.effects.done') });
      return queryClient.invalidateQueries({ queryKey: ['effects'] });
    },
  });
  const items = effects.data?.items ?? [];
  return (
    <FailureSection
      kind="effects"
      testId="external-effects"
      statuses={EFFECT_STATUSES}
      status={status}
      onStatus={(value) => {
        setNotice(null);
        retry.reset();
        setFilter('effects', value === 'failed' ? null : value);
      }}
      notice={notice?.status === status ? notice.text : null}
      error={effects.error ?? retry.error}
      loading={effects.isPending}
      empty={effects.data !== undefined && items.length === 0}
    >
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={0}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('failures.column.when')}</Table.Th>
                <Table.Th>{t('failures.effects.column.type')}</Table.Th>
                <Table.Th>{t('failures.effects.column.attempts')}</Table.Th>
                <Table.Th>{t('failures.column.error')}</Table.Th>
                <Table.Th>{t('failures.column.action')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((effect) => (
                <Table.Tr key={effect.id} data-testid="effect-row">
                  <Table.Td>{formatDateTime(effect.createdAt, i18n.language)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {t(`failures.effects.type.${effect.type.replace(/\./g, '_')}`, { defaultValue: effect.type })}
                    </Text>
                    <Text size="xs" c="dimmed" ff="monospace">
                      {effect.type}
                    </Text>
                  </Table.Td>
                  <Table.Td>{effect.attempts}</Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {effect.lastError ?? '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {effect.status === 'failed' ? (
                      <Button
                        size="xs"
                        onClick={() => retry.mutate(effect.id)}
                        loading={retry.isPending && retry.variables === effect.id}
                      >
                        {t('failures.effects.retry')}
                      </Button>
                    ) : (
                      <Badge variant="dot" color={effect.status === 'done' ? 'green' : 'orange'}>
                        {t(`failures.effects.status.${effect.status}`)}
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </FailureSection>
  );
}

/** One list of failures: its title and intro, a status filter, what was just done, errors, loading and "none". */
function FailureSection<S extends string>(props: {
  kind: 'letters' | 'effects';
  testId: string;
  statuses: readonly S[];
  status: S;
  onStatus: (status: S) => void;
  notice: string | null;
  error: unknown;
  loading: boolean;
  empty: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { kind } = props;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`${kind}-title`} data-testid={props.testId}>
      <Stack gap="xs">
        <Title order={2} size="h4" id={`${kind}-title`}>
          {t(`failures.${kind}.title`)}
        </Title>
        <Text size="sm" c="dimmed">
          {t(`failures.${kind}.intro`)}
        </Text>
        <Select
          label={t('failures.status')}
          data={props.statuses.map((value) => ({ value, label: t(`failures.${kind}.status.${value}`) }))}
          value={props.status}
          allowDeselect={false}
          onChange={(value) => value !== null && props.onStatus(value as S)}
          w={220}
          comboboxProps={{ withinPortal: false }}
        />
        {props.notice && (
          <Alert color="green" role="status">
            {props.notice}
          </Alert>
        )}
        {props.error !== null && props.error !== undefined && (
          <Alert color="red" role="alert">
            {problemMessage(t, props.error)}
          </Alert>
        )}
        {props.loading && <PageLoader />}
        {props.empty && <Text size="sm">{t(`failures.${kind}.none`)}</Text>}
        {props.children}
      </Stack>
    </Paper>
  );
}
