import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import { useSession } from '../auth/session';
import { durationParts, formatDateTime, formatNumber } from '../conversations/format';
import { OPEN_STATUSES } from '../feedback/ticket-status';
import { PageLoader } from './page-loader';
import { releaseName } from '../releases/release-name.js';

const DashboardCharts = lazy(() => import('./dashboard-charts'));

/** Days the charts cover. */
const CHART_DAYS = 30;

/** The server's counts for the home page, each section present only for a role that may read it. */
function useDashboardStats() {
  return useQuery({
    queryKey: ['stats', CHART_DAYS],
    queryFn: () => unwrap(api.GET('/api/admin/stats', { params: { query: { days: CHART_DAYS } } })),
    refetchInterval: 30_000,
  });
}

type Stats = ReturnType<typeof useDashboardStats>['data'];

/** What needs attention now, then the last weeks in charts; shown only to roles that may open each screen. */
export function Dashboard() {
  const { can } = useSession();
  const stats = useDashboardStats();
  const data = stats.data;
  return (
    <Stack data-testid="dashboard">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {can('conversations.read') && <HandoffsCard stats={data} />}
        {can('feedback.read') && <FeedbackCard stats={data} />}
        {can('feedback.read') && <OverdueCard stats={data} />}
        {can('announcements.read') && <AnnouncementsCard stats={data} />}
        {can('flows.read') && <FlowsCard />}
        {(can('zalo.connect') || can('settings.manage')) && (
          <ConnectionsCard zalo={can('zalo.connect')} lgsp={can('settings.manage')} />
        )}
      </SimpleGrid>
      {data && (
        <Suspense fallback={<PageLoader />}>
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <DashboardCharts stats={data} />
          </SimpleGrid>
        </Suspense>
      )}
    </Stack>
  );
}

function Card({
  title,
  value,
  detail,
  to,
}: {
  title: string;
  value: number | undefined;
  detail: ReactNode;
  to: string;
}) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Anchor component={Link} to={to} size="sm" fw={600}>
        {title}
      </Anchor>
      <Text fz={32} fw={700} lh={1.3} data-testid="count">
        {value ?? '…'}
      </Text>
      <Text size="sm" c="dimmed">
        {detail}
      </Text>
    </Paper>
  );
}

function HandoffsCard({ stats }: { stats: Stats }) {
  const { t, i18n } = useTranslation();
  const handoffs = stats?.handoffs;
  const duration = (minutes: number) => {
    const parts = durationParts(minutes, i18n.language);
    return parts.unit === 'underMinute'
      ? t('duration.underMinute')
      : t(`duration.${parts.unit}`, { count: parts.count, value: parts.value });
  };
  return (
    <Card
      title={t('dashboard.handoffs')}
      to="/handoffs"
      value={handoffs?.open}
      detail={
        handoffs
          ? [
              t('dashboard.handoffsTaken', { count: handoffs.taken }),
              handoffs.medianMinutesToFirstAnswer !== null &&
                t('dashboard.handoffsFirstAnswer', { duration: duration(handoffs.medianMinutesToFirstAnswer) }),
              handoffs.medianMinutesToClose !== null &&
                t('dashboard.handoffsClose', { duration: duration(handoffs.medianMinutesToClose) }),
              handoffs.averageRating !== null &&
                t('dashboard.handoffsRating', { rating: formatNumber(handoffs.averageRating, i18n.language, 2) }),
            ]
              .filter(Boolean)
              .join(' · ')
          : ''
      }
    />
  );
}

function FeedbackCard({ stats }: { stats: Stats }) {
  const { t } = useTranslation();
  const feedback = stats?.feedback;
  const open = feedback ? OPEN_STATUSES.map((status) => ({ status, count: feedback.byStatus[status] })) : undefined;
  const detail = open
    ?.filter((item) => item.count > 0)
    .map((item) => `${t(`feedback.status.${item.status}`)}: ${item.count}`)
    .join(' · ');
  return (
    <Card
      title={t('dashboard.feedback')}
      to="/feedback"
      value={open?.reduce((sum, item) => sum + item.count, 0)}
      detail={
        feedback && (
          <>
            {feedback.overdue > 0 && (
              <Text span c="red.9" fw={600} size="sm">
                {t('dashboard.feedbackOverdue', { count: feedback.overdue })}
                {detail ? ' · ' : ''}
              </Text>
            )}
            {detail || (feedback.overdue > 0 ? '' : t('dashboard.feedbackNone'))}
          </>
        )
      }
    />
  );
}

/** Open tickets past their working-day deadline: the list of them, earliest deadline first. */
function OverdueCard({ stats }: { stats: Stats }) {
  const { t } = useTranslation();
  const feedback = stats?.feedback;
  return (
    <Card
      title={t('dashboard.overdue')}
      to="/feedback?overdue=true"
      value={feedback?.overdue}
      detail={feedback ? t('dashboard.overdueHint') : ''}
    />
  );
}

/** Announcements waiting for an approver, and those being sent now. */
function AnnouncementsCard({ stats }: { stats: Stats }) {
  const { t } = useTranslation();
  const counts = stats?.announcements;
  return (
    <Card
      title={t('dashboard.announcements')}
      to="/announcements?status=submitted"
      value={counts?.submitted}
      detail={
        counts
          ? [
              t('dashboard.announcementsSending', { count: counts.sending }),
              ...(counts.scheduled > 0 ? [t('dashboard.announcementsScheduled', { count: counts.scheduled })] : []),
              ...(counts.paused > 0 ? [t('dashboard.announcementsPaused', { count: counts.paused })] : []),
            ].join(' · ')
          : ''
      }
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
      value={drafts}
      detail={
        live
          ? t('dashboard.live', {
              name: releaseName(live, t),
              at: live.lastPublishedAt ? formatDateTime(live.lastPublishedAt, i18n.language) : '',
            })
          : ''
      }
    />
  );
}

/** The Zalo OA's token and the LGSP's services at a glance (each for the role that may see it), read every minute. */
function ConnectionsCard(props: { zalo: boolean; lgsp: boolean }) {
  const { t } = useTranslation();
  const token = useQuery({
    queryKey: ['zalo-token'],
    queryFn: () => unwrap(api.GET('/api/admin/zalo/token')),
    enabled: props.zalo,
    refetchInterval: 60_000,
  });
  const health = useQuery({
    queryKey: ['lgsp-health'],
    queryFn: () => unwrap(api.GET('/api/admin/lgsp/health')),
    enabled: props.lgsp,
    refetchInterval: 60_000,
  });
  const state = token.data?.state;
  const down = health.data?.services.filter((service) => service.breaker !== 'closed').length;
  return (
    <Paper withBorder p="md" component="section" aria-label={t('dashboard.connections')} data-testid="connections">
      <Anchor component={Link} to="/connections" size="sm" fw={600}>
        {t('dashboard.connections')}
      </Anchor>
      <Stack gap={6} mt="xs">
        {props.zalo && (
          <Group gap="xs">
            <Text size="sm">{t('dashboard.zalo')}</Text>
            {state && (
              <Badge variant="dot" color={state === 'active' ? 'green' : state === 'not_connected' ? 'gray' : 'red'}>
                {t(`connections.zalo.state.${state}`)}
              </Badge>
            )}
          </Group>
        )}
        {props.lgsp && (
          <Group gap="xs">
            <Text size="sm">{t('dashboard.lgsp')}</Text>
            {health.data && (
              <Badge variant="dot" color={health.data.ok ? 'green' : 'red'}>
                {health.data.ok ? t('dashboard.lgspOk') : t('dashboard.lgspDown', { count: down ?? 0 })}
              </Badge>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
