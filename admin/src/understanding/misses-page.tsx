import { Alert, Button, Checkbox, Group, Modal, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../api/client';
import { problemMessage } from '../auth/problem-message';
import { useSession } from '../auth/session';
import { formatDateTime } from '../conversations/format';
import { useSearchFilters } from '../shell/use-search-filters';
import { ListStatus, MoreRows } from '../shell/list-status';

type Miss = Schemas['UnderstandingMiss'];
type Status = 'open' | 'resolved' | 'all';
type Outcome = Miss['outcome'];
const PAGE_SIZE = 50;
const STATUSES: readonly Status[] = ['open', 'resolved', 'all'];
const OUTCOMES: readonly Outcome[] = ['fallback', 'asked', 'off_topic'];

/** The message as an example can say it: the masked values (‹code›…) left out, as the server does by default. */
export function exampleText(masked: string): string {
  return masked
    .replace(/‹[a-z_]+›/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
}

/**
 * Messages the bot did not understand (or was unsure of), masked, without who wrote them: teach it by adding one as an
 * example of the flow it meant, or dismiss it.
 */
export default function UnderstandingMissesPage() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const [search, setFilter] = useSearchFilters();
  const status = (search.get('status') as Status | null) ?? 'open';
  const outcome = (search.get('outcome') as Outcome | null) ?? undefined;
  const [teaching, setTeaching] = useState<Miss | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const queryClient = useQueryClient();

  const misses = useInfiniteQuery({
    queryKey: ['understanding-misses', status, outcome],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/admin/understanding/misses', {
          params: {
            query: {
              limit: PAGE_SIZE,
              status,
              ...(outcome ? { outcome } : {}),
              ...(pageParam ? { before: pageParam } : {}),
            },
          },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = useMemo(() => misses.data?.pages.flatMap((page) => page.items) ?? [], [misses.data]);
  const titleOf = useFlowTitles();
  const dismiss = useMutation({
    mutationFn: (id: number) =>
      unwrap(api.POST('/api/admin/understanding/misses/{id}/dismiss', { params: { path: { id } } })),
    onSuccess: async () => {
      setNotice(t('understanding.done.dismiss'));
      await queryClient.invalidateQueries({ queryKey: ['understanding-misses'] });
    },
  });

  return (
    <Stack>
      <Title order={1} size="h3">
        {t('understanding.title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('understanding.intro')}
      </Text>
      <Group align="flex-end">
        <Select
          label={t('understanding.filter.status')}
          data={STATUSES.map((value) => ({ value, label: t(`understanding.status.${value}`) }))}
          value={status}
          allowDeselect={false}
          onChange={(value) => setFilter('status', value === 'open' ? null : value)}
          w={200}
        />
        <Select
          label={t('understanding.filter.outcome')}
          placeholder={t('understanding.filter.all')}
          clearable
          data={OUTCOMES.map((value) => ({ value, label: t(`understanding.outcome.${value}`) }))}
          value={outcome ?? null}
          onChange={(value) => setFilter('outcome', value)}
          w={260}
        />
      </Group>
      {notice && (
        <Alert color="green" role="status">
          {notice}
        </Alert>
      )}
      <ListStatus query={misses} count={items.length} none={t('understanding.none')} failed={dismiss.error} />
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={0}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('understanding.column.message')}</Table.Th>
                <Table.Th>{t('understanding.column.outcome')}</Table.Th>
                <Table.Th>{t('understanding.column.candidates')}</Table.Th>
                <Table.Th>{t('understanding.column.when')}</Table.Th>
                <Table.Th>{t('understanding.column.action')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((miss) => (
                <Table.Tr key={miss.id} data-testid="miss-row">
                  <Table.Td>
                    <Text size="sm">{miss.text}</Text>
                    <Text size="xs" c="dimmed">
                      {t(`announcements.language.${miss.language}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600} c={miss.outcome === 'fallback' ? 'red.9' : 'blue.9'}>
                      {t(`understanding.outcome.${miss.outcome}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs">
                      {[
                        // What the "did you mean" offered, then the two nearest others.
                        ...miss.candidates.filter((candidate) => candidate.offered === true),
                        ...miss.candidates.filter((candidate) => candidate.offered !== true).slice(0, 2),
                      ]
                        .map((candidate) =>
                          t(candidate.offered === true ? 'understanding.candidateOffered' : 'understanding.candidate', {
                            flow: titleOf(candidate.flowId),
                            percent: Math.round(candidate.confidence * 100),
                          }),
                        )
                        .join(', ')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs">{formatDateTime(miss.occurredAt, i18n.language)}</Text>
                  </Table.Td>
                  <Table.Td>
                    {miss.resolution === null ? (
                      <Group gap="xs" wrap="nowrap">
                        {can('flows.write') && (
                          <Button size="xs" onClick={() => setTeaching(miss)}>
                            {t('understanding.action.example')}
                          </Button>
                        )}
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => dismiss.mutate(miss.id)}
                          loading={dismiss.isPending && dismiss.variables === miss.id}
                        >
                          {t('understanding.action.dismiss')}
                        </Button>
                      </Group>
                    ) : (
                      <Text size="xs">
                        {miss.resolution === 'example'
                          ? t('understanding.resolved.example', {
                              flow: miss.resolvedFlowId === null ? '' : titleOf(miss.resolvedFlowId),
                              version: miss.resolvedVersion,
                              by: miss.resolvedBy,
                            })
                          : t('understanding.resolved.dismissed', { by: miss.resolvedBy })}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <MoreRows query={misses} />
      {teaching && (
        <ExampleDialog
          miss={teaching}
          onClose={() => setTeaching(null)}
          onDone={async (message) => {
            setTeaching(null);
            setNotice(message);
            await queryClient.invalidateQueries({ queryKey: ['understanding-misses'] });
          }}
        />
      )}
    </Stack>
  );
}

function ExampleDialog(props: { miss: Miss; onClose(): void; onDone(message: string): Promise<void> }) {
  const { miss, onClose, onDone } = props;
  const { t } = useTranslation();
  const { can } = useSession();
  const flows = useQuery({ queryKey: ['flows'], queryFn: () => unwrap(api.GET('/api/admin/flows')) });
  const titleOf = useFlowTitles();
  const [flowId, setFlowId] = useState<string | null>(miss.candidates[0]?.flowId ?? null);
  const [text, setText] = useState(exampleText(miss.text));
  const [publish, setPublish] = useState(false);
  const add = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/admin/understanding/misses/{id}/example', {
          params: { path: { id: miss.id } },
          body: { flowId: flowId ?? '', text: text.trim(), publish },
        }),
      ),
    onSuccess: (result) =>
      onDone(
        t(result.published ? 'understanding.done.published' : 'understanding.done.example', {
          flow: titleOf(result.flowId),
          version: result.version,
        }),
      ),
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('understanding.dialog.title')}
      closeButtonProps={{ 'aria-label': t('understanding.dialog.cancel') }}
    >
      <Stack>
        <Text size="sm">{t('understanding.dialog.hint')}</Text>
        <Select
          label={t('understanding.dialog.flow')}
          searchable
          data={(flows.data?.items ?? []).map((flow) => ({ value: flow.flowId, label: titleOf(flow.flowId) }))}
          value={flowId}
          onChange={setFlowId}
        />
        <TextInput
          label={t('understanding.dialog.text')}
          value={text}
          maxLength={200}
          onChange={(event) => setText(event.currentTarget.value)}
        />
        {can('flows.publish') && (
          <Checkbox
            label={t('understanding.dialog.publish')}
            checked={publish}
            onChange={(event) => setPublish(event.currentTarget.checked)}
          />
        )}
        {add.error && (
          <Alert color="red" role="alert">
            {problemMessage(t, add.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('understanding.dialog.cancel')}
          </Button>
          <Button onClick={() => add.mutate()} loading={add.isPending} disabled={!flowId || !text.trim()}>
            {t('understanding.dialog.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** A flow's title as admins know it (`Tra cứu hồ sơ (dossier)`), its id alone while the list loads or if it has none. */
function useFlowTitles(): (flowId: string) => string {
  const flows = useQuery({ queryKey: ['flows'], queryFn: () => unwrap(api.GET('/api/admin/flows')) });
  return useMemo(() => {
    const titles = new Map((flows.data?.items ?? []).map((flow) => [flow.flowId, flow.title]));
    return (flowId: string) => {
      const title = titles.get(flowId);
      return title ? `${title} (${flowId})` : flowId;
    };
  }, [flows.data]);
}
