// Loaded on demand: recharts stays out of the main bundle.
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Paper, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import type { components } from '../api/schema';
import { OPEN_STATUSES, TICKET_STATUSES } from '../feedback/ticket-status';

type Stats = components['schemas']['DashboardStats'];
type DayStats = components['schemas']['DayStats'];
type Share = components['schemas']['FeedbackShare'];
type Lookup = components['schemas']['LookupStats'];
type Reach = NonNullable<Stats['announcementReach']>;
type FeedbackStats = NonNullable<Stats['feedback']>;
/** The reach chart's bars, from reached to not sent. */
const REACH_STATES = ['seen', 'received', 'sent', 'held', 'failed', 'skipped'] as const;

/** `2026-12-02` → `2/12` (vi) or `12/2` (en), in the reader's language; the day is already Vietnam's. */
function shortDay(day: string, language: string): string {
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** The period in charts: each section the caller may read (the server leaves the others null). */
export default function DashboardCharts({ stats }: { stats: Stats }) {
  return (
    <>
      {stats.days && <DayCharts days={stats.days} />}
      {stats.lookups && stats.lookups.some((row) => row.found + row.notFound + row.failed > 0) && (
        <LookupsChart lookups={stats.lookups} />
      )}
      {stats.handoffs && stats.handoffs.ratings.some((count) => count > 0) && (
        <RatingsChart ratings={stats.handoffs.ratings} average={stats.handoffs.averageRating} />
      )}
      {stats.feedback && Object.values(stats.feedback.byStatus).some((count) => count > 0) && (
        <FeedbackStatusChart feedback={stats.feedback} />
      )}
      {stats.feedback && stats.feedback.byCategory.length > 0 && (
        <>
          <SharesChart kind="category" shares={stats.feedback.byCategory} />
          <SharesChart kind="commune" shares={stats.feedback.byCommune} />
        </>
      )}
      {stats.announcementReach && stats.announcementReach.total > 0 && <ReachChart reach={stats.announcementReach} />}
    </>
  );
}

/** Citizens' LGSP lookups in the period, one stacked bar per service: found, not found, the LGSP failing. */
function LookupsChart({ lookups }: { lookups: Lookup[] }) {
  const { t } = useTranslation();
  const title = t('dashboard.lookupsChart');
  const data = lookups.map((row) => ({
    label: t(`dashboard.lookupService.${row.service}`),
    found: row.found,
    notFound: row.notFound,
    failed: row.failed,
  }));
  return (
    <ChartSection title={title} testId="lookups-chart">
      <BarChart
        h={Math.max(160, data.length * 40)}
        data={data}
        dataKey="label"
        type="stacked"
        orientation="vertical"
        withLegend
        yAxisProps={{ width: 140 }}
        xAxisProps={{ allowDecimals: false }}
        series={[
          { name: 'found', label: t('dashboard.lookups.found'), color: 'green.7' },
          { name: 'notFound', label: t('dashboard.lookups.notFound'), color: 'gray.6' },
          { name: 'failed', label: t('dashboard.lookups.failed'), color: 'red.8' },
        ]}
      />
    </ChartSection>
  );
}

/** How citizens rated the officials who answered them in the period: one bar per rating, 1 to 5 stars. */
function RatingsChart({ ratings, average }: { ratings: number[]; average: number | null }) {
  const { t } = useTranslation();
  const title = t('dashboard.ratingsChart', { rating: average ?? '—' });
  const data = ratings.map((count, index) => ({ label: t('dashboard.stars', { count: index + 1 }), count }));
  return (
    <ChartSection title={title} testId="ratings-chart">
      <BarChart
        h={220}
        data={data}
        dataKey="label"
        yAxisProps={{ allowDecimals: false }}
        series={[{ name: 'count', label: t('dashboard.ratings'), color: 'yellow.9' }]}
      />
    </ChartSection>
  );
}

/**
 * Every ticket by its state now, one bar per state in the inbox's order: an open state's bar split into on time and
 * overdue, a settled state's bar in grey.
 */
function FeedbackStatusChart({ feedback }: { feedback: FeedbackStats }) {
  const { t } = useTranslation();
  const title = t('dashboard.feedbackByStatus', { overdue: feedback.overdue });
  const data = TICKET_STATUSES.map((status) => {
    const count = feedback.byStatus[status];
    const overdue = feedback.overdueByStatus[status];
    return OPEN_STATUSES.includes(status)
      ? { label: t(`feedback.status.${status}`), onTime: count - overdue, overdue, settled: 0 }
      : { label: t(`feedback.status.${status}`), onTime: 0, overdue: 0, settled: count };
  });
  return (
    <ChartSection title={title} testId="feedback-status-chart">
      <BarChart
        h={data.length * 36 + 60}
        data={data}
        dataKey="label"
        type="stacked"
        orientation="vertical"
        withLegend
        // Every state named, even those with no ticket (recharts would skip every other label).
        yAxisProps={{ width: 140, interval: 0 }}
        xAxisProps={{ allowDecimals: false }}
        series={[
          { name: 'onTime', label: t('dashboard.feedbackState.onTime'), color: 'blue.7' },
          { name: 'overdue', label: t('dashboard.feedbackState.overdue'), color: 'red.8' },
          { name: 'settled', label: t('dashboard.feedbackState.settled'), color: 'gray.6' },
        ]}
      />
    </ChartSection>
  );
}

/** Tickets filed in the period by field or by commune, the largest first, as horizontal bars. */
function SharesChart({ kind, shares }: { kind: 'category' | 'commune'; shares: Share[] }) {
  const { t } = useTranslation();
  const title = t(`dashboard.feedbackBy.${kind}`);
  const data = shares.map((share) => ({
    label: share.code === '*' ? t('dashboard.others') : share.code === '-' ? t('dashboard.noCommune') : share.name,
    count: share.count,
  }));
  return (
    <ChartSection title={title} testId={`feedback-${kind}-chart`}>
      <BarChart
        h={Math.max(120, data.length * 32)}
        data={data}
        dataKey="label"
        orientation="vertical"
        yAxisProps={{ width: 140 }}
        xAxisProps={{ allowDecimals: false }}
        series={[{ name: 'count', label: t('dashboard.tickets'), color: 'grape.7' }]}
      />
    </ChartSection>
  );
}

/** What became of the period's announcements' recipients: seen and received first, then sent, held, failed, skipped. */
function ReachChart({ reach }: { reach: Reach }) {
  const { t } = useTranslation();
  const title = t('dashboard.reachChart', { count: reach.total });
  const data = REACH_STATES.map((state) => ({ label: t(`dashboard.reach.${state}`), count: reach[state] }));
  return (
    <ChartSection title={title} testId="reach-chart">
      <BarChart
        h={220}
        data={data}
        dataKey="label"
        orientation="vertical"
        yAxisProps={{ width: 140 }}
        xAxisProps={{ allowDecimals: false }}
        series={[{ name: 'count', label: t('dashboard.recipients'), color: 'cyan.8' }]}
      />
    </ChartSection>
  );
}

/** Messages in and out per day, and conversations the bot handled alone or handed to an official. */
function DayCharts({ days }: { days: DayStats[] }) {
  const { t, i18n } = useTranslation();
  const data = days.map((day) => ({
    label: shortDay(day.day, i18n.language),
    in: day.messagesIn,
    out: day.messagesOut,
    bot: Math.max(0, day.conversations - day.handedOff),
    handedOff: day.handedOff,
  }));
  return (
    <>
      <Paper
        withBorder
        p="md"
        component="section"
        aria-label={t('dashboard.messagesChart')}
        data-testid="messages-chart"
      >
        <Title order={2} size="h5" mb="sm">
          {t('dashboard.messagesChart')}
        </Title>
        <BarChart
          h={220}
          data={data}
          dataKey="label"
          withLegend
          yAxisProps={{ allowDecimals: false }}
          series={[
            { name: 'in', label: t('dashboard.messagesIn'), color: 'blue.6' },
            { name: 'out', label: t('dashboard.messagesOut'), color: 'teal.6' },
          ]}
        />
      </Paper>
      <Paper withBorder p="md" component="section" aria-label={t('dashboard.conversationsChart')}>
        <Title order={2} size="h5" mb="sm">
          {t('dashboard.conversationsChart')}
        </Title>
        <BarChart
          h={220}
          data={data}
          dataKey="label"
          type="stacked"
          withLegend
          yAxisProps={{ allowDecimals: false }}
          series={[
            { name: 'bot', label: t('dashboard.byBot'), color: 'green.6' },
            { name: 'handedOff', label: t('dashboard.handedOff'), color: 'orange.6' },
          ]}
        />
      </Paper>
    </>
  );
}

/** A chart's frame on the dashboard: a titled section (its title also names it for screen readers). */
function ChartSection({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title} data-testid={testId}>
      <Title order={2} size="h5" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}
