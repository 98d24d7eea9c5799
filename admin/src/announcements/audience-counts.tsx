import { Alert, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../api/client';
import { problemMessage } from '../auth/problem-message';

type Audience = Schemas['AnnouncementAudience'];

/** Waits this long after the last change of the audience before counting it (typing tags, ticking languages). */
const DEBOUNCE_MS = 400;

/**
 * How many followers the audience reaches, per delivery lane: a personal message (inside Zalo's window) or the OA's
 * article broadcast (outside it, with the message kept for their next visit). While composing (`audience` given) the
 * counts follow the audience being edited, saved or not (`POST …/preview`, debounced, the last counts shown while the
 * next load); otherwise they are the saved announcement's (`GET …/:id/preview`).
 */
export function AudienceCounts(props: { id?: string | undefined; audience?: Audience | undefined }) {
  const { t, i18n } = useTranslation();
  const live = props.audience !== undefined;
  // Compared as text: the page builds a new object on every render, the same audience must not count again.
  const [audience] = useDebouncedValue(JSON.stringify(props.audience ?? {}), DEBOUNCE_MS);
  const composing = useQuery({
    queryKey: ['announcement-preview-live', audience],
    queryFn: () =>
      unwrap(api.POST('/api/admin/announcements/preview', { body: { audience: JSON.parse(audience) as Audience } })),
    enabled: live,
    placeholderData: keepPreviousData,
  });
  const saved = useQuery({
    queryKey: ['announcement-preview', props.id],
    queryFn: () =>
      unwrap(api.GET('/api/admin/announcements/{id}/preview', { params: { path: { id: props.id ?? '' } } })),
    enabled: !live && props.id !== undefined,
  });
  const preview = live ? composing : saved;
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
          <SimpleGrid cols={3} aria-live="polite" aria-busy={preview.isFetching}>
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
        {preview.isFetching && (
          <Text size="xs" c="dimmed" data-testid="audience-counts-updating">
            {t('announcements.counts.updating')}
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
