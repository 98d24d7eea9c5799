import { Alert, Anchor, Button, Group, Modal, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { problemMessage } from '../auth/problem-message';
import { formatDate, formatDateTime, formatTime } from '../conversations/format';
import { useSession } from '../auth/session';
import type { Announcement } from './announcement-status';
import { useAnnouncementProgress, type AnnouncementProgress } from './use-announcement-progress';

/** Delivered as far as the official can tell: sent, received or seen, and held for a citizen's next visit. */
const SEGMENTS = [
  { key: 'seen', color: 'green.8' },
  { key: 'received', color: 'green.6' },
  { key: 'sent', color: 'teal.5' },
  { key: 'held', color: 'cyan.4' },
  { key: 'queued', color: 'blue.3' },
  { key: 'pending', color: 'gray.4' },
  { key: 'failed', color: 'red.7' },
  { key: 'withdrawn', color: 'gray.5' },
  { key: 'expired', color: 'gray.5' },
] as const;

/**
 * The live progress bar while sending and the final counts after, with the per-recipient report to download; once
 * sent, what is still held for citizens outside the window can be withdrawn.
 */
export function DeliveryProgress(props: {
  announcement: Announcement;
  onChanged(updated: Announcement, message: string): void;
}) {
  const { id, status } = props.announcement;
  const { t, i18n } = useTranslation();
  const progress = useAnnouncementProgress(id, status);
  const queryClient = useQueryClient();
  const progressStatus = progress.data?.status;
  // The progress tells first when sending ends (or the sweep moved it on): read the announcement again then.
  useEffect(() => {
    if (progressStatus && progressStatus !== status) {
      void queryClient.invalidateQueries({ queryKey: ['announcement', id] });
    }
  }, [id, progressStatus, status, queryClient]);
  const number = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  const data = progress.data;
  const skipped = data ? sum(data.skipped) : 0;
  const total = data ? Math.max(data.total, 1) : 1;
  const done = data ? data.total - data.pending - data.queued : 0;
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="delivery-progress-title">
      <Stack gap="xs">
        <Title order={2} size="h5" id="delivery-progress-title">
          {t('announcements.progress.title')}
        </Title>
        {progress.error && (
          <Alert color="red" role="alert">
            {problemMessage(t, progress.error)}
          </Alert>
        )}
        {data?.waitsUntil && (
          <Alert color="yellow" data-testid="quiet-hours-note">
            {t('announcements.progress.waitsUntil', {
              time: formatTime(data.waitsUntil, i18n.language),
              date: formatDate(data.waitsUntil, i18n.language),
            })}
          </Alert>
        )}
        {data && data.total === 0 && <Text size="sm">{t('announcements.progress.notStarted')}</Text>}
        {data && data.total > 0 && (
          <>
            <Progress.Root size="xl" aria-hidden>
              {SEGMENTS.map(({ key, color }) =>
                data[key] > 0 ? <Progress.Section key={key} value={(data[key] / total) * 100} color={color} /> : null,
              )}
              {skipped > 0 && <Progress.Section value={(skipped / total) * 100} color="gray.6" />}
            </Progress.Root>
            <Text
              size="sm"
              role="progressbar"
              aria-valuemin={0}
              aria-valuemax={data.total}
              aria-valuenow={done}
              aria-label={t('announcements.progress.title')}
              data-testid="progress-summary"
            >
              {t('announcements.progress.summary', { done: number(done), total: number(data.total) })}
            </Text>
            <Group gap="md" wrap="wrap" data-testid="progress-counts">
              {SEGMENTS.map(({ key }) => (
                <Text key={key} size="xs">
                  {t(`announcements.progress.${key}`)}: <b>{number(data[key])}</b>
                </Text>
              ))}
              <Text size="xs">
                {t('announcements.progress.skipped')}: <b>{number(skipped)}</b>
              </Text>
            </Group>
            <Text size="xs" c="dimmed">
              {t('announcements.progress.lanes', {
                message: number(data.lanes.message),
                article: number(data.lanes.article),
              })}
            </Text>
            <Reasons progress={data} />
            <HeldMessages announcement={props.announcement} held={data.held} onChanged={props.onChanged} />
          </>
        )}
        {data && data.total > 0 && (
          <Group>
            <Anchor
              href={`/api/admin/announcements/${id}/report?language=${i18n.language === 'en' ? 'en' : 'vi'}`}
              download
              size="sm"
            >
              {t('announcements.progress.report')}
            </Anchor>
            <Text size="xs" c="dimmed">
              {t('announcements.progress.reportHint')}
            </Text>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

/** Once sent: withdraw what is still held (with a confirmation), or when and why held messages stopped. */
function HeldMessages(props: {
  announcement: Announcement;
  held: number;
  onChanged(updated: Announcement, message: string): void;
}) {
  const { announcement, held } = props;
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const withdraw = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/admin/announcements/{id}/withdraw-held', { params: { path: { id: announcement.id } } })),
    onSuccess: (updated) => {
      setConfirming(false);
      void queryClient.invalidateQueries({ queryKey: ['announcement-progress', updated.id] });
      props.onChanged(updated, t('announcements.done.withdrawHeld'));
    },
  });
  if (announcement.heldEnded) {
    const at = formatDateTime(announcement.heldEnded.at, i18n.language);
    return (
      <Text size="sm" data-testid="held-ended">
        {t(`announcements.held.${announcement.heldEnded.reason}`, { at })}
      </Text>
    );
  }
  if (announcement.status !== 'sent' || held === 0 || !can('announcements.write')) return null;
  return (
    <>
      <Group>
        <Button variant="default" color="red" onClick={() => setConfirming(true)}>
          {t('announcements.held.withdraw')}
        </Button>
      </Group>
      {confirming && (
        <Modal
          opened
          onClose={() => setConfirming(false)}
          title={t('announcements.held.title')}
          closeButtonProps={{ 'aria-label': t('announcements.dialog.close') }}
        >
          <Stack>
            <Text size="sm">{t('announcements.held.hint', { count: held })}</Text>
            {withdraw.error && (
              <Alert color="red" role="alert">
                {problemMessage(t, withdraw.error)}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(false)}>
                {t('announcements.dialog.close')}
              </Button>
              <Button color="red" onClick={() => withdraw.mutate()} loading={withdraw.isPending}>
                {t('announcements.held.confirm')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </>
  );
}

function Reasons({ progress }: { progress: AnnouncementProgress }) {
  const { t } = useTranslation();
  const entries = [
    ...Object.entries(progress.failedReasons).map(([reason, n]) => ({ kind: 'failed', reason, n })),
    ...Object.entries(progress.skipped).map(([reason, n]) => ({ kind: 'skipped', reason, n })),
  ];
  if (entries.length === 0) return null;
  return (
    <Text size="xs" c="dimmed">
      {entries
        .map(
          ({ kind, reason, n }) =>
            `${t(`announcements.progress.${kind}`)} · ${t(`announcements.reason.${reason}`, { defaultValue: reason })}: ${n}`,
        )
        .join('; ')}
    </Text>
  );
}

function sum(counts: Record<string, number>): number {
  return Object.values(counts).reduce((total, n) => total + n, 0);
}
