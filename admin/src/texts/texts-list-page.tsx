import { Alert, Anchor, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import { problemMessage } from '../auth/problem-message';
import { PageLoader } from '../shell/page-loader';
import { textGroupDescription, textGroupTitle } from './text-groups';

/** The template namespaces by title (what each holds, its code), each with its Vietnamese and English versions. */
export function TextsListPage() {
  const { t } = useTranslation();
  const namespaces = useQuery({
    queryKey: ['templates'],
    queryFn: () => unwrap(api.GET('/api/admin/flows/templates')),
  });
  const byNamespace = new Map<string, NonNullable<typeof namespaces.data>['items']>();
  for (const item of namespaces.data?.items ?? []) {
    byNamespace.set(item.namespace, [...(byNamespace.get(item.namespace) ?? []), item]);
  }

  return (
    <Stack>
      <Title order={1} size="h3">
        {t('texts.title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('texts.intro')}
      </Text>
      {namespaces.isPending && <PageLoader />}
      {namespaces.error && (
        <Alert color="red" role="alert">
          {problemMessage(t, namespaces.error)}
        </Alert>
      )}
      {namespaces.data && (
        <Table.ScrollContainer minWidth={0}>
          <Table striped maw={900}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('texts.column.namespace')}</Table.Th>
                <Table.Th>{t('texts.column.versions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...byNamespace].map(([namespace, items]) => (
                <Table.Tr key={namespace}>
                  <Table.Td>
                    <Anchor component={Link} to={`/texts/${encodeURIComponent(namespace)}`}>
                      {textGroupTitle(namespace, t)}
                    </Anchor>
                    {textGroupDescription(namespace, t) && (
                      <Text size="xs" c="dimmed">
                        {textGroupDescription(namespace, t)}
                      </Text>
                    )}
                    <Text size="xs" c="dimmed" ff="monospace">
                      {namespace}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      {items.map((item) => (
                        <Badge
                          key={item.language}
                          variant="dot"
                          color={item.publishedVersion === item.latestVersion ? 'green' : 'orange'}
                        >
                          {item.language.toUpperCase()}:{' '}
                          {item.publishedVersion === item.latestVersion
                            ? t('flows.version', { version: item.latestVersion })
                            : t('flows.draft', { version: item.latestVersion })}
                        </Badge>
                      ))}
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
