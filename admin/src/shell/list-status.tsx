import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../auth/problem-message';
import { PageLoader } from './page-loader';

/**
 * What a list shows instead of its rows: a loader while the first page comes, the server's refusal in plain words
 * (or that of an action on a row, `failed`), and `none` once it came back with nothing.
 */
export function ListStatus({
  query,
  count = 0,
  none,
  failed,
}: {
  query: { isPending: boolean; error: unknown; data: unknown };
  /** Rows shown so far. */
  count?: number;
  none?: string;
  failed?: unknown;
}) {
  const { t } = useTranslation();
  const error = query.error ?? failed;
  return (
    <>
      {error ? (
        <Alert color="red" role="alert">
          {problemMessage(t, error)}
        </Alert>
      ) : null}
      {query.isPending && <PageLoader />}
      {none !== undefined && query.data !== undefined && count === 0 && <Text>{none}</Text>}
    </>
  );
}

/** "Show more" under a list read a page at a time, while the server has more. */
export function MoreRows({
  query,
}: {
  query: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => Promise<unknown> };
}) {
  const { t } = useTranslation();
  if (!query.hasNextPage) return null;
  return (
    <Group>
      <Button variant="default" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
        {t('list.more')}
      </Button>
    </Group>
  );
}
