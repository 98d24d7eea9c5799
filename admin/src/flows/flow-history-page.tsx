import { Alert, Anchor, Badge, Button, Group, Modal, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { stringify } from 'yaml';
import { api, unwrap } from '../api/client';
import { problemMessage } from '../auth/problem-message';
import { useSession } from '../auth/session';
import { formatDateTime } from '../conversations/format';
import { actorName } from '../releases/release-name';
import { PageLoader } from '../shell/page-loader';
import { YamlDiff } from './yaml-diff';

/** Read one stored version's YAML (as written, comments and all). */
function useFlowSource(flowId: string, version: number | null) {
  return useQuery({
    queryKey: ['flow', flowId, 'version', version],
    enabled: version !== null,
    queryFn: () =>
      unwrap(api.GET('/api/admin/flows/{id}/versions/{n}', { params: { path: { id: flowId, n: version ?? 0 } } })),
    staleTime: Infinity,
  });
}

/**
 * The versions of one flow: who saved each and when, which one citizens meet; any two compared line by line; an
 * approver puts a chosen version into use (a release of that one flow, like the editor's publish).
 */
export default function FlowHistoryPage() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const flowId = useParams().flowId ?? '';
  const [search, setSearch] = useSearchParams();
  const queryClient = useQueryClient();
  const versions = useQuery({
    queryKey: ['flow', flowId, 'versions'],
    queryFn: () => unwrap(api.GET('/api/admin/flows/{id}/versions', { params: { path: { id: flowId } } })),
  });
  const items = versions.data?.items ?? [];
  const published = items.find((item) => item.published)?.version ?? null;
  const latest = items[0]?.version ?? null;
  const from = Number(search.get('from')) || published || (items[1]?.version ?? latest);
  const to = Number(search.get('to')) || latest;
  const before = useFlowSource(flowId, from ?? null);
  const after = useFlowSource(flowId, to ?? null);
  const [confirming, setConfirming] = useState(false);
  const putLive = useMutation({
    mutationFn: (version: number) => {
      const body = { version };
      const params = { path: { id: flowId } };
      return published !== null && version < published
        ? unwrap(api.POST('/api/admin/flows/{id}/rollback', { params, body }))
        : unwrap(api.POST('/api/admin/flows/{id}/publish', { params, body }));
    },
    onSuccess: () => {
      setConfirming(false);
      void queryClient.invalidateQueries({ queryKey: ['flows'] });
      void queryClient.invalidateQueries({ queryKey: ['releases'] });
      return queryClient.invalidateQueries({ queryKey: ['flow', flowId, 'versions'] });
    },
  });
  const labels = useMemo<[string, string]>(
    () => [t('history.versionLabel', { flowId, version: from }), t('history.versionLabel', { flowId, version: to })],
    [t, flowId, from, to],
  );

  const select = (key: 'from' | 'to', value: string | null) => {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    setSearch(next, { replace: true });
  };
  const options = items.map((item) => ({
    value: String(item.version),
    label: t('flows.version', { version: item.version }),
  }));
  const error = versions.error ?? before.error ?? after.error;

  return (
    <Stack>
      <Group gap="xs">
        <Anchor component={Link} to={`/flows/${encodeURIComponent(flowId)}`} size="sm">
          {t('history.back', { flowId })}
        </Anchor>
      </Group>
      <Title order={1} size="h3">
        {t('history.title', { flowId })}
      </Title>
      {error && (
        <Alert color="red" role="alert">
          {problemMessage(t, error)}
        </Alert>
      )}
      {versions.isPending && <PageLoader />}
      {putLive.data && (
        <Alert color="green" role="status">
          {t('editor.published', { version: putLive.data.version })}
        </Alert>
      )}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={0}>
          <Table striped maw={800}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('history.column.version')}</Table.Th>
                <Table.Th>{t('history.column.savedBy')}</Table.Th>
                <Table.Th>{t('history.column.savedAt')}</Table.Th>
                <Table.Th>{t('history.column.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.version} data-testid="flow-version-row">
                  <Table.Td>{t('flows.version', { version: item.version })}</Table.Td>
                  <Table.Td>{actorName(item.createdBy, t)}</Table.Td>
                  <Table.Td>{formatDateTime(item.createdAt, i18n.language)}</Table.Td>
                  <Table.Td>
                    {item.published && (
                      <Badge color="green" variant="dot">
                        {t('history.inUse')}
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {items.length > 1 && (
        <Stack gap="xs">
          <Title order={2} size="h5">
            {t('history.compare')}
          </Title>
          <Group align="flex-end">
            <Select
              label={t('history.from')}
              data={options}
              value={String(from)}
              onChange={(value) => select('from', value)}
              w={200}
            />
            <Select
              label={t('history.to')}
              data={options}
              value={String(to)}
              onChange={(value) => select('to', value)}
              w={200}
            />
            {can('flows.publish') && to !== null && to !== published && (
              <Button onClick={() => setConfirming(true)}>{t('history.putLive', { version: to })}</Button>
            )}
          </Group>
          {before.data && after.data ? (
            <YamlDiff
              before={before.data.source ?? stringify(before.data.definition)}
              after={after.data.source ?? stringify(after.data.definition)}
              labels={labels}
            />
          ) : (
            <PageLoader />
          )}
        </Stack>
      )}
      {confirming && to !== null && (
        <Modal
          opened
          onClose={() => setConfirming(false)}
          title={t('history.confirmTitle', { version: to })}
          closeButtonProps={{ 'aria-label': t('releases.confirm.cancel') }}
        >
          <Stack>
            <Text size="sm">{t('history.confirmBody', { version: to, published: published ?? '-' })}</Text>
            {putLive.error && (
              <Alert color="red" role="alert">
                {problemMessage(t, putLive.error)}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(false)}>
                {t('releases.confirm.cancel')}
              </Button>
              <Button onClick={() => putLive.mutate(to)} loading={putLive.isPending}>
                {t('history.putLive', { version: to })}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </Stack>
  );
}
