import { Alert, Anchor, Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import { problemMessage } from '../auth/problem-message';
import { formatDateTime } from '../conversations/format';
import { actorName } from '../releases/release-name';
import { PageLoader } from '../shell/page-loader';

export function FlowsListPage() {
  const { t, i18n } = useTranslation();
  const flows = useQuery({ queryKey: ['flows'], queryFn: () => unwrap(api.GET('/api/admin/flows')) });

  return (
    <Stack>
      <Title order={1} size="h3">
        {t('flows.title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('flows.intro')}
      </Text>
      {flows.isPending && <PageLoader />}
      {flows.error && (
        <Alert color="red" role="alert">
          {problemMessage(t, flows.error)}
        </Alert>
      )}
      {flows.data && (
        <Table.ScrollContainer minWidth={0}>
          <Table striped highlightOnHover maw={1100}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('flows.column.flow')}</Table.Th>
                <Table.Th>{t('flows.column.published')}</Table.Th>
                <Table.Th>{t('flows.column.state')}</Table.Th>
                <Table.Th>{t('flows.column.lastEditor')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {flows.data.items.map((flow) => {
                const draft = flow.publishedVersion === null || flow.latestVersion > flow.publishedVersion;
                return (
                  <Table.Tr key={flow.flowId} data-testid="flow-row">
                    <Table.Td>
                      <Anchor component={Link} to={`/flows/${encodeURIComponent(flow.flowId)}`}>
                        {flow.title ?? flow.flowId}
                      </Anchor>
                      {flow.title && (
                        <Text size="xs" c="dimmed" ff="monospace">
                          {flow.flowId}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {flow.publishedVersion === null
                        ? t('flows.notPublished')
                        : t('flows.version', { version: flow.publishedVersion })}
                    </Table.Td>
                    <Table.Td>
                      {draft ? (
                        <Badge color="orange" variant="dot">
                          {t('flows.draft', { version: flow.latestVersion })}
                        </Badge>
                      ) : (
                        <Badge color="green" variant="dot">
                          {t('flows.upToDate')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {t('flows.lastEditor', {
                          by: actorName(flow.latestBy, t),
                          at: formatDateTime(flow.latestAt, i18n.language),
                        })}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
