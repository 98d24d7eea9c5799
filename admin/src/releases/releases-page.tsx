import {
  Alert,
  Button,
  Group,
  List,
  Modal,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../api/client';
import { problemMessage } from '../auth/problem-message';
import { useSession } from '../auth/session';
import { formatDateTime } from '../conversations/format';
import { flowProblemText } from '../flows/flow-problem-text';
import { PageLoader } from '../shell/page-loader';
import { defaultComparison } from './default-comparison';
import { ReleaseDiffView } from './release-diff';
import { ReleaseStatusBadge } from './release-status';
import { actorName, releaseName } from './release-name.js';

type Release = Schemas['ReleaseSummary'];
const RELEASES_KEY = ['releases'] as const;

/**
 * Releases: flows and texts that go live together. Editors draft one from what they saved, anyone who reads flows
 * compares two, approvers publish a draft or go back to an earlier release after seeing what changes.
 */
export function ReleasesPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const releases = useQuery({
    queryKey: RELEASES_KEY,
    queryFn: () => unwrap(api.GET('/api/admin/releases', { params: { query: { limit: 200 } } })),
  });
  const [confirming, setConfirming] = useState<Release | null>(null);
  const [published, setPublished] = useState<string | null>(null);

  return (
    <Stack maw={1100}>
      <Title order={1} size="h3">
        {t('releases.title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('releases.intro')}
      </Text>
      {can('flows.write') && <CreateRelease />}
      {published && (
        <Alert color="green" role="status">
          {published}
        </Alert>
      )}
      {releases.isPending && <PageLoader />}
      {releases.error && (
        <Alert color="red" role="alert">
          {problemMessage(t, releases.error)}
        </Alert>
      )}
      {releases.data && (
        <>
          <ReleasesTable
            items={releases.data.items}
            onAct={can('flows.publish') ? (release) => setConfirming(release) : undefined}
          />
          <CompareReleases items={releases.data.items} liveReleaseId={releases.data.liveReleaseId} />
        </>
      )}
      {confirming && releases.data && (
        <ConfirmPublication
          release={confirming}
          liveReleaseId={releases.data.liveReleaseId}
          onClose={() => setConfirming(null)}
          onDone={(message) => {
            setConfirming(null);
            setPublished(message);
          }}
        />
      )}
    </Stack>
  );
}

function ReleasesTable({ items, onAct }: { items: Release[]; onAct: ((release: Release) => void) | undefined }) {
  const { t, i18n } = useTranslation();
  const when = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : '');
  return (
    <Table.ScrollContainer minWidth={0}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('releases.column.name')}</Table.Th>
            <Table.Th>{t('releases.column.status')}</Table.Th>
            <Table.Th>{t('releases.column.created')}</Table.Th>
            <Table.Th>{t('releases.column.published')}</Table.Th>
            <Table.Th>{t('releases.column.content')}</Table.Th>
            {onAct && <Table.Th>{t('releases.column.action')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((release) => (
            <Table.Tr key={release.id} data-testid="release-row">
              <Table.Td>
                <Text size="sm" fw={600}>
                  {t('releases.numbered', { id: release.id, name: releaseName(release, t) })}
                </Text>
                {release.note && (
                  <Text size="xs" c="dimmed">
                    {release.note}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <ReleaseStatusBadge status={release.status} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{actorName(release.createdBy, t)}</Text>
                <Text size="xs" c="dimmed">
                  {when(release.createdAt)}
                </Text>
              </Table.Td>
              <Table.Td>
                {release.lastPublishedAt ? (
                  <>
                    <Text size="sm">{actorName(release.lastPublishedBy, t)}</Text>
                    <Text size="xs" c="dimmed">
                      {when(release.lastPublishedAt)}
                    </Text>
                  </>
                ) : (
                  <Text size="sm">{t('releases.neverPublished')}</Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {t('releases.content', { flows: release.flowCount, groups: release.textGroupCount })}
                </Text>
              </Table.Td>
              {onAct && (
                <Table.Td>
                  {release.status !== 'live' && (
                    <Button size="xs" variant="light" onClick={() => onAct(release)}>
                      {release.status === 'draft' ? t('releases.publish') : t('releases.rollback')}
                    </Button>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Draft a release: every version saved so far (the usual case), or what is live now. */
function CreateRelease() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const [base, setBase] = useState<'latest' | 'live'>('latest');
  const create = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/admin/releases', {
          body: { name, base, ...(note.trim() ? { note: note.trim() } : {}) },
        }),
      ),
    onSuccess: () => {
      setName('');
      setNote('');
      return queryClient.invalidateQueries({ queryKey: RELEASES_KEY });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} aria-labelledby="create-release-title">
      <Stack gap="xs">
        <Title order={2} size="h5" id="create-release-title">
          {t('releases.create.title')}
        </Title>
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label={t('releases.create.name')}
            placeholder={t('releases.create.namePlaceholder')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            required
            maxLength={200}
            w={320}
          />
          <Textarea
            label={t('releases.create.note')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            autosize
            maxRows={3}
            maxLength={2000}
            w={320}
          />
        </Group>
        <div>
          <Text size="sm" fw={500} id="release-base-label">
            {t('releases.create.base')}
          </Text>
          <SegmentedControl
            aria-labelledby="release-base-label"
            // Two long choices: on a phone's width they share the line and wrap their words, never widen the page.
            fullWidth
            styles={{ label: { whiteSpace: 'normal' } }}
            value={base}
            onChange={(value) => setBase(value === 'live' ? 'live' : 'latest')}
            data={[
              { value: 'latest', label: t('releases.create.latest') },
              { value: 'live', label: t('releases.create.live') },
            ]}
          />
        </div>
        <Group>
          <Button type="submit" loading={create.isPending} disabled={!name.trim()}>
            {t('releases.create.submit')}
          </Button>
        </Group>
        {create.error && (
          <Alert color="red" role="alert">
            {problemMessage(t, create.error)}
          </Alert>
        )}
        {create.data && (
          <Alert color={create.data.publishable ? 'green' : 'orange'} role="status">
            {create.data.publishable
              ? t('releases.create.done', { id: create.data.id })
              : t('releases.create.doneWithProblems', { id: create.data.id, count: create.data.problems.length })}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

/** Compare any two releases (by default: in use against a newer draft, else the one before against the one in use). */
function CompareReleases({ items, liveReleaseId }: { items: Release[]; liveReleaseId: number | null }) {
  const { t } = useTranslation();
  // Until the official picks, the defaults follow the list (a release drafted meanwhile becomes the newest).
  const [picked, setPicked] = useState<{ from?: string | null; to?: string | null }>({});
  const defaults = defaultComparison(items, liveReleaseId);
  const asValue = (id: number | null) => (id === null ? null : String(id));
  const from = picked.from !== undefined ? picked.from : asValue(defaults.from);
  const to = picked.to !== undefined ? picked.to : asValue(defaults.to);
  const setFrom = (value: string | null) => setPicked((current) => ({ ...current, from: value }));
  const setTo = (value: string | null) => setPicked((current) => ({ ...current, to: value }));
  if (items.length < 2) return null;
  const options = items.map((release) => ({
    value: String(release.id),
    label: t('releases.numbered', { id: release.id, name: releaseName(release, t) }),
  }));
  return (
    <Paper withBorder p="md" aria-labelledby="compare-title" component="section">
      <Stack gap="xs">
        <Title order={2} size="h5" id="compare-title">
          {t('releases.compare.title')}
        </Title>
        <Group align="flex-end">
          <Select label={t('releases.compare.from')} data={options} value={from} onChange={setFrom} w={340} />
          <Select label={t('releases.compare.to')} data={options} value={to} onChange={setTo} w={340} />
        </Group>
        {from && to && <ReleaseDiffView from={Number(from)} to={Number(to)} />}
      </Stack>
    </Paper>
  );
}

/** Before going live: what changes against the live release, and whatever stops it; then publish or roll back. */
function ConfirmPublication(props: {
  release: Release;
  liveReleaseId: number | null;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { release, liveReleaseId, onClose, onDone } = props;
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const detail = useQuery({
    queryKey: ['release', release.id],
    queryFn: () => unwrap(api.GET('/api/admin/releases/{id}', { params: { path: { id: release.id } } })),
  });
  const rollback = release.status === 'previous';
  const act = useMutation({
    mutationFn: () =>
      rollback
        ? unwrap(api.POST('/api/admin/releases/{id}/rollback', { params: { path: { id: release.id } } }))
        : unwrap(api.POST('/api/admin/releases/{id}/publish', { params: { path: { id: release.id } } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: RELEASES_KEY });
      void queryClient.invalidateQueries({ queryKey: ['flows'] });
      onDone(
        t(rollback ? 'releases.confirm.rolledBack' : 'releases.confirm.published', {
          name: releaseName(release, t),
        }),
      );
    },
  });
  const problems = detail.data?.problems ?? [];
  const title = t(rollback ? 'releases.confirm.rollbackTitle' : 'releases.confirm.publishTitle', {
    name: releaseName(release, t),
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      size="xl"
      closeButtonProps={{ 'aria-label': t('releases.confirm.cancel') }}
    >
      <Stack>
        <Text size="sm">{t('releases.confirm.explain')}</Text>
        {liveReleaseId !== null && <ReleaseDiffView from={liveReleaseId} to={release.id} />}
        {detail.isPending && <PageLoader />}
        {problems.length > 0 && (
          <Alert color="red" role="alert" title={t('releases.confirm.problems', { count: problems.length })}>
            <List size="sm">
              {problems.map((problem, index) => (
                <List.Item key={index}>
                  {problem.flowId}: {flowProblemText(t, problem)}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        {act.error && (
          <Alert color="red" role="alert">
            {problemMessage(t, act.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('releases.confirm.cancel')}
          </Button>
          <Button
            onClick={() => act.mutate()}
            loading={act.isPending}
            disabled={!detail.data || problems.length > 0}
            color={rollback ? 'orange.9' : undefined}
          >
            {rollback ? t('releases.confirm.rollback') : t('releases.confirm.publish')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
