import { Anchor, Paper, SimpleGrid, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import { useSession } from '../auth/session';
import { useLiveHandoffs } from '../conversations/handoffs';
import { formatDateTime } from '../conversations/format';
import { OPEN_STATUSES } from '../feedback/ticket-status';

/** Most a count reads from one list call; more shows as "200+". */
const COUNT_LIMIT = 200;

/** What needs attention now, each from the API the screen itself uses, shown only to roles that may open it. */
export function Dashboard() {
  const { can } = useSession();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} data-testid="dashboard">
      {can('conversations.read') && <HandoffsCard />}
      {can('feedback.read') && <FeedbackCard />}
      {can('announcements.read') && <AnnouncementsCard />}
      {can('flows.read') && <FlowsCard />}
    </SimpleGrid>
  );
}

function Card({ title, value, detail, to }: { title: string; value: ReactNode; detail: ReactNode; to: string }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Anchor component={Link} to={to} size="sm" fw={600}>
        {title}
      </Anchor>
      <Text fz={32} fw={700} lh={1.3}>
        {value}
      </Text>
      <Text size="sm" c="dimmed">
        {detail}
      </Text>
    </Paper>
  );
}

function HandoffsCard() {
  const { t } = useTranslation();
  const handoffs = useLiveHandoffs();
  const waiting = handoffs.data?.filter((item) => item.status === 'open').length;
  const taken = handoffs.data?.filter((item) => item.status === 'taken').length;
  return (
    <Card
      title={t('dashboard.handoffs')}
      to="/handoffs"
      value={waiting ?? '…'}
      detail={taken === undefined ? '' : t('dashboard.handoffsTaken', { count: taken })}
    />
  );
}

function FeedbackCard() {
  const { t } = useTranslation();
  // One list call per open status (the list API has no counts yet); polled like the inbox.
  const counts = useQuery({
    queryKey: ['feedback-tickets', 'open-counts'],
    queryFn: () =>
      Promise.all(
        OPEN_STATUSES.map(async (status) => {
          const page = await unwrap(
            api.GET('/api/admin/feedback/tickets', { params: { query: { status, limit: COUNT_LIMIT } } }),
          );
          return { status, count: page.items.length, more: page.nextCursor !== null };
        }),
      ),
    refetchInterval: 30_000,
  });
  const total = counts.data?.reduce((sum, item) => sum + item.count, 0);
  const more = counts.data?.some((item) => item.more) ?? false;
  const detail = counts.data
    ?.filter((item) => item.count > 0)
    .map((item) => `${t(`feedback.status.${item.status}`)}: ${item.count}${item.more ? '+' : ''}`)
    .join(' · ');
  return (
    <Card
      title={t('dashboard.feedback')}
      to="/feedback"
      value={total === undefined ? '…' : `${total}${more ? '+' : ''}`}
      detail={detail || t('dashboard.feedbackNone')}
    />
  );
}

/** Announcements waiting for an approver, and those being sent now. */
function AnnouncementsCard() {
  const { t } = useTranslation();
  const counts = useQuery({
    queryKey: ['announcements', 'dashboard'],
    queryFn: () =>
      Promise.all(
        (['submitted', 'sending'] as const).map(async (status) => {
          const page = await unwrap(
            api.GET('/api/admin/announcements', { params: { query: { status, limit: COUNT_LIMIT } } }),
          );
          return `${page.items.length}${page.nextCursor === null ? '' : '+'}`;
        }),
      ),
    refetchInterval: 30_000,
  });
  const [submitted, sending] = counts.data ?? [];
  return (
    <Card
      title={t('dashboard.announcements')}
      to="/announcements?status=submitted"
      value={submitted ?? '…'}
      detail={sending === undefined ? '' : t('dashboard.announcementsSending', { count: sending })}
    />
  );
}

function FlowsCard() {
  const { t, i18n } = useTranslation();
  const flows = useQuery({ queryKey: ['flows'], queryFn: () => unwrap(api.GET('/api/admin/flows')) });
  const releases = useQuery({
    queryKey: ['releases', 'dashboard'],
    queryFn: () => unwrap(api.GET('/api/admin/releases', { params: { query: { limit: 20 } } })),
  });
  const drafts = flows.data?.items.filter(
    (flow) => flow.publishedVersion === null || flow.latestVersion > flow.publishedVersion,
  ).length;
  const live = releases.data?.items.find((release) => release.id === releases.data?.liveReleaseId);
  return (
    <Card
      title={t('dashboard.flows')}
      to="/releases"
      value={drafts ?? '…'}
      detail={
        live
          ? t('dashboard.live', {
              name: live.name,
              at: live.lastPublishedAt ? formatDateTime(live.lastPublishedAt, i18n.language) : '',
            })
          : ''
      }
    />
  );
}
