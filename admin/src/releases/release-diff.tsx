import { Alert, Anchor, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import { problemMessage } from '../auth/problem-message';
import { PageLoader } from '../shell/page-loader';
import { textGroupTitle, textLanguageName } from '../texts/text-groups';

/** Which flows and texts differ between two releases, version to version; a changed flow links to its text diff. */
export function ReleaseDiffView({ from, to }: { from: number; to: number }) {
  const { t } = useTranslation();
  // Flows by their titles, as the flows list names them (the diff knows their ids).
  const flowList = useQuery({ queryKey: ['flows'], queryFn: () => unwrap(api.GET('/api/admin/flows')) });
  const titleOf = (flowId: string) => flowList.data?.items.find((flow) => flow.flowId === flowId)?.title ?? flowId;
  const diff = useQuery({
    queryKey: ['release-diff', from, to],
    queryFn: () => unwrap(api.GET('/api/admin/releases/diff', { params: { query: { from, to } } })),
    staleTime: Infinity,
  });
  if (diff.error) {
    return (
      <Alert color="red" role="alert">
        {problemMessage(t, diff.error)}
      </Alert>
    );
  }
  if (!diff.data) return <PageLoader />;
  const { flows, templates } = diff.data;
  if (flows.length === 0 && templates.length === 0) return <Text size="sm">{t('releases.diff.same')}</Text>;
  const version = (value: number | null) =>
    value === null ? t('releases.diff.absent') : t('releases.diff.version', { version: value });
  return (
    <Table.ScrollContainer minWidth={0}>
      <Table withTableBorder data-testid="release-diff">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('releases.diff.item')}</Table.Th>
            <Table.Th>{t('releases.diff.before', { id: from })}</Table.Th>
            <Table.Th>{t('releases.diff.after', { id: to })}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {flows.map((flow) => (
            <Table.Tr key={`flow:${flow.flowId}`}>
              <Table.Td>
                {flow.from !== null && flow.to !== null ? (
                  <Anchor
                    component={Link}
                    to={`/flows/${encodeURIComponent(flow.flowId)}/history?from=${flow.from}&to=${flow.to}`}
                  >
                    {t('releases.diff.flow', { title: titleOf(flow.flowId) })}
                  </Anchor>
                ) : (
                  t('releases.diff.flow', { title: titleOf(flow.flowId) })
                )}
              </Table.Td>
              <Table.Td>{version(flow.from)}</Table.Td>
              <Table.Td>{version(flow.to)}</Table.Td>
            </Table.Tr>
          ))}
          {templates.map((item) => (
            <Table.Tr key={`texts:${item.language}:${item.namespace}`}>
              <Table.Td>
                {t('releases.diff.texts', {
                  group: textGroupTitle(item.namespace, t),
                  language: textLanguageName(item.language, t),
                })}
              </Table.Td>
              <Table.Td>{version(item.from)}</Table.Td>
              <Table.Td>{version(item.to)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
