// Loaded on demand: recharts stays out of the main bundle.
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Paper, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { components } from '../api/schema';

type DayStats = components['schemas']['DayStats'];

/** `2026-12-02` → `2/12` (vi) or `12/2` (en), in the reader's language; the day is already Vietnam's. */
function shortDay(day: string, language: string): string {
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** Messages in and out per day, and conversations the bot handled alone or handed to an official. */
export default function DashboardCharts({ days }: { days: DayStats[] }) {
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
