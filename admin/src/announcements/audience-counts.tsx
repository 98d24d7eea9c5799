import { Alert, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { problemMessage } from '../auth/problem-message';

/**
 * How many followers the saved audience reaches, per delivery lane: a personal message (inside Zalo's window) or the
 * OA's article broadcast (outside it, with the message kept for their next visit). The server counts the saved
 * audience, so unsaved changes say so.
 */
export function AudienceCounts({ id, unsaved }: { id: string; unsaved: boolean }) {
  const { t, i18n } = useTranslation();
  const preview = useQuery({
    queryKey: ['announcement-preview', id],
    queryFn: () => unwrap(api.GET('/api/admin/announcements/{id}/preview', { params: { path: { id } } })),
  });
  const number = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="audience-counts-title" data-testid="audience-counts">
      <Stack gap="xs">
        <Title order={2} size="h5" id="audience-counts-title">
          {t('announcements.counts.title')}
        </Title>
        {preview.error && (
          <Alert color="red" role="alert">
            {problemMessage(t, preview.error)}
          </Alert>
        )}
        {preview.data && (
          <SimpleGrid cols={3}>
            <Count label={t('announcements.counts.matching')} value={number(preview.data.matching)} />
            <Count label={t('announcements.counts.messageLane')} value={number(preview.data.messageLane)} />
            <Count label={t('announcements.counts.articleLane')} value={number(preview.data.articleLane)} />
          </SimpleGrid>
        )}
        {preview.data && (
          <Text size="xs" c="dimmed">
            {t('announcements.counts.skipped', {
              notFollowing: number(preview.data.skipped.notFollowing),
              unsubscribed: number(preview.data.skipped.unsubscribed),
            })}
          </Text>
        )}
        {unsaved && (
          <Text size="xs" c="orange.9">
            {t('announcements.counts.unsaved')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function Count({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text fw={700} size="lg">
        {value}
      </Text>
      <Text size="xs">{label}</Text>
    </Stack>
  );
}
