import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../api/client';
import { problemMessage } from '../auth/problem-message';
import { useSession } from '../auth/session';
import { formatDateTime } from '../conversations/format';
import { PageLoader } from '../shell/page-loader';

type TokenStatus = Schemas['ZaloTokenStatus'];
type LgspHealth = Schemas['LgspHealth'];
type Breaker = LgspHealth['services'][number]['breaker'];

const TOKEN_COLORS: Record<TokenStatus['state'], string> = {
  active: 'green',
  reconnect_required: 'red',
  not_connected: 'gray',
};
const BREAKER_COLORS: Record<Breaker, string> = { closed: 'green', half_open: 'orange', open: 'red', isolated: 'red' };
/** How often the health is read again while the page is open: breakers change within seconds. */
const REFRESH_MS = 15_000;

/** Admins: the Zalo OA's connection and token, and each LGSP service's health, with what can be done about them. */
export default function ConnectionsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  return (
    <Stack maw={1000}>
      <Title order={1} size="h3">
        {t('connections.title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('connections.intro')}
      </Text>
      {can('zalo.connect') && <ZaloConnection />}
      {can('settings.manage') && <LgspServices />}
      {can('settings.manage') && <ProcedureCatalogue />}
    </Stack>
  );
}

function ZaloConnection() {
  const { t, i18n } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  const token = useQuery({
    queryKey: ['zalo-token'],
    queryFn: () => unwrap(api.GET('/api/admin/zalo/token')),
    refetchInterval: REFRESH_MS,
  });
  // Zalo's consent page, then back to the server's callback: the browser leaves the admin UI for a moment.
  const connect = useMutation({
    mutationFn: () => unwrap(api.POST('/api/admin/zalo/connect')),
    onSuccess: ({ url }) => window.location.assign(url),
  });
  const sync = useMutation({
    mutationFn: () => unwrap(api.POST('/api/admin/zalo/followers/sync')),
    onSuccess: () => setNotice(t('connections.zalo.syncQueued')),
  });
  const status = token.data;
  const when = (iso: string) => formatDateTime(iso, i18n.language);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="zalo-title" data-testid="zalo-connection">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h4" id="zalo-title">
            {t('connections.zalo.title')}
          </Title>
          {status && (
            <Badge color={TOKEN_COLORS[status.state]} variant="dot" size="lg" data-testid="zalo-state">
              {t(`connections.zalo.state.${status.state}`)}
            </Badge>
          )}
        </Group>
        {token.isPending && <PageLoader />}
        {token.error && (
          <Alert color="red" role="alert">
            {problemMessage(t, token.error)}
          </Alert>
        )}
        {status && status.state === 'not_connected' && <Text size="sm">{t('connections.zalo.notConnected')}</Text>}
        {status && status.state !== 'not_connected' && (
          <Table.ScrollContainer minWidth={0}>
            <Table variant="vertical" withTableBorder layout="fixed">
              <Table.Tbody>
                <Table.Tr>
                  <Table.Th w={260}>{t('connections.zalo.oaId')}</Table.Th>
                  <Table.Td>{status.oaId ?? '—'}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('connections.zalo.expiresAt')}</Table.Th>
                  <Table.Td>{when(status.accessExpiresAt)}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('connections.zalo.refreshedAt')}</Table.Th>
                  <Table.Td>{when(status.refreshedAt)}</Table.Td>
                </Table.Tr>
                {status.lastError && (
                  <Table.Tr>
                    <Table.Th>{t('connections.zalo.lastError')}</Table.Th>
                    <Table.Td>
                      <Text size="sm" c="red.8" ff="monospace">
                        {status.lastError}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                )}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {status?.state === 'reconnect_required' && (
          <Alert color="red" role="alert">
            {t('connections.zalo.reconnectHint')}
          </Alert>
        )}
        {(connect.error ?? sync.error) && (
          <Alert color="red" role="alert">
            {problemMessage(t, connect.error ?? sync.error)}
          </Alert>
        )}
        {notice && (
          <Alert color="green" role="status">
            {notice}
          </Alert>
        )}
        {status && (
          <Group>
            <Button
              onClick={() => connect.mutate()}
              loading={connect.isPending}
              variant={status.state === 'active' ? 'default' : 'filled'}
            >
              {status.state === 'not_connected' ? t('connections.zalo.connect') : t('connections.zalo.reconnect')}
            </Button>
            {status.state !== 'not_connected' && (
              <Button variant="default" onClick={() => sync.mutate()} loading={sync.isPending}>
                {t('connections.zalo.sync')}
              </Button>
            )}
          </Group>
        )}
        <Text size="xs" c="dimmed">
          {t('connections.zalo.hint')}
        </Text>
      </Stack>
    </Paper>
  );
}

function LgspServices() {
  const { t, i18n } = useTranslation();
  const health = useQuery({
    queryKey: ['lgsp-health'],
    queryFn: () => unwrap(api.GET('/api/admin/lgsp/health')),
    refetchInterval: REFRESH_MS,
  });
  const when = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : t('connections.lgsp.never'));
  const data = health.data;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="lgsp-title" data-testid="lgsp-health">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h4" id="lgsp-title">
            {t('connections.lgsp.title')}
          </Title>
          {data && (
            <Badge
              color={!data.configured ? 'gray' : data.ok ? 'green' : 'red'}
              variant="dot"
              size="lg"
              data-testid="lgsp-state"
            >
              {t(`connections.lgsp.overall.${!data.configured ? 'unconfigured' : data.ok ? 'ok' : 'down'}`)}
            </Badge>
          )}
        </Group>
        {health.isPending && <PageLoader />}
        {health.error && (
          <Alert color="red" role="alert">
            {problemMessage(t, health.error)}
          </Alert>
        )}
        {data && (
          <>
            <Text size="sm">{t('connections.lgsp.profile', { profile: profileInWords(t, data.profile) })}</Text>
            <Table.ScrollContainer minWidth={0}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('connections.lgsp.column.service')}</Table.Th>
                    <Table.Th>{t('connections.lgsp.column.state')}</Table.Th>
                    <Table.Th>{t('connections.lgsp.column.answeredAt')}</Table.Th>
                    <Table.Th>{t('connections.lgsp.column.failedAt')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.services.map((service) => (
                    <Table.Tr key={service.service} data-testid="lgsp-service">
                      <Table.Td>{t(`connections.lgsp.service.${service.service}`)}</Table.Td>
                      <Table.Td>
                        <Badge color={BREAKER_COLORS[service.breaker]} variant="dot">
                          {t(`connections.lgsp.breaker.${service.breaker}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{when(service.answeredAt)}</Table.Td>
                      <Table.Td>
                        {when(service.failedAt)}
                        {service.failure && (
                          <Text span size="xs" c="dimmed">
                            {' '}
                            ({t(`connections.lgsp.failure.${service.failure}`, { defaultValue: service.failure })})
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Text size="xs" c="dimmed">
              {t('connections.lgsp.hint')}
            </Text>
          </>
        )}
      </Stack>
    </Paper>
  );
}

function ProcedureCatalogue() {
  const { t, i18n } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  const state = useQuery({
    queryKey: ['procedure-catalogue'],
    queryFn: () => unwrap(api.GET('/api/admin/lgsp/catalogue')),
    refetchInterval: REFRESH_MS,
  });
  const refresh = useMutation({
    mutationFn: () => unwrap(api.POST('/api/admin/lgsp/catalogue/refresh')),
    onSuccess: () => {
      setNotice(t('connections.catalogue.refreshQueued'));
      void state.refetch();
    },
  });
  const when = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : t('connections.lgsp.never'));
  const data = state.data;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="catalogue-title" data-testid="procedure-catalogue">
      <Stack gap="xs">
        <Title order={2} size="h4" id="catalogue-title">
          {t('connections.catalogue.title')}
        </Title>
        {state.isPending && <PageLoader />}
        {(state.error ?? refresh.error) && (
          <Alert color="red" role="alert">
            {problemMessage(t, state.error ?? refresh.error)}
          </Alert>
        )}
        {data && (
          <>
            <Text size="sm">{t('connections.catalogue.intro', { hours: data.refreshEveryHours })}</Text>
            {data.procedureCount === 0 && <Text size="sm">{t('connections.catalogue.none')}</Text>}
            <Table.ScrollContainer minWidth={0}>
              <Table variant="vertical" withTableBorder layout="fixed">
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Th w={260}>{t('connections.catalogue.count')}</Table.Th>
                    <Table.Td data-testid="catalogue-count">{data.procedureCount}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('connections.catalogue.syncedAt')}</Table.Th>
                    <Table.Td>{when(data.syncedAt)}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('connections.catalogue.attemptedAt')}</Table.Th>
                    <Table.Td data-testid="catalogue-attempted">{when(data.attemptedAt)}</Table.Td>
                  </Table.Tr>
                  {data.lastOutcome && (
                    <Table.Tr>
                      <Table.Th>{t('connections.catalogue.lastOutcome')}</Table.Th>
                      <Table.Td>
                        <Badge color={data.lastOutcome === 'ok' ? 'green' : 'orange'} variant="dot">
                          {t(`connections.catalogue.outcome.${data.lastOutcome}`)}
                        </Badge>
                      </Table.Td>
                    </Table.Tr>
                  )}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
        {notice && (
          <Alert color="green" role="status">
            {notice}
          </Alert>
        )}
        <Group>
          <Button variant="default" onClick={() => refresh.mutate()} loading={refresh.isPending}>
            {t('connections.catalogue.refresh')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** The LGSP mapping profile in words: a shipped one by what it is, else the province's own file. */
function profileInWords(t: TFunction, profile: string): string {
  return SHIPPED_PROFILES.includes(profile)
    ? t(`connections.lgsp.profileName.${profile}`)
    : t('connections.lgsp.profileName.file', { file: profile });
}

/** The profiles shipped in src/lgsp/profiles/. */
const SHIPPED_PROFILES = ['reference', 'vnpt-sample'];
