import { Alert, Anchor, Badge, Button, Grid, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { problemMessage } from '../auth/problem-message';
import { FormFeedback } from '../forms/form-feedback';
import { useFormAction } from '../forms/use-form-action';
import { useNotice, type HeldNotice } from '../forms/use-notice';
import { useSession } from '../auth/session';
import { formatDateTime } from '../conversations/format';
import { PageLoader } from '../shell/page-loader';
import { AnnouncementActions } from './announcement-actions';
import { AnnouncementStatusBadge, DELIVERING, EDITABLE, FINISHED, type Announcement } from './announcement-status';
import { AudienceCounts } from './audience-counts';
import { useCommuneLabel, useTopicName } from './use-audience-names';
import { announcementFieldLabel } from './field-label';
import { ComposeForm } from './compose-form';
import { ContentVersions } from './content-versions';
import { composeStateOf, emptyCompose, toRequest, type ComposeState } from './compose-state';
import { DeliveryProgress } from './delivery-progress';
import { PhonePreview } from './phone-preview';

/**
 * One announcement: compose (new, draft or returned) with the phone preview beside; once submitted, both language versions
 * as written (what the approver approves), then approve, send and follow.
 */
export default function AnnouncementPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? 'new';
  const announcement = useQuery({
    queryKey: ['announcement', id],
    queryFn: () => unwrap(api.GET('/api/admin/announcements/{id}', { params: { path: { id } } })),
    enabled: id !== 'new',
  });
  if (id === 'new') return <AnnouncementScreen key="new" announcement={null} />;
  if (announcement.error) {
    return (
      <Stack>
        <BackLink />
        <Alert color="red" role="alert">
          {problemMessage(t, announcement.error)}
        </Alert>
      </Stack>
    );
  }
  if (!announcement.data) return <PageLoader />;
  return <AnnouncementScreen key={id} announcement={announcement.data} />;
}

function AnnouncementScreen({ announcement }: { announcement: Announcement | null }) {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [state, setState] = useState<ComposeState>(() =>
    announcement ? composeStateOf(announcement) : emptyCompose(),
  );
  const [saved, setSaved] = useState(() => JSON.stringify(toRequest(state)));
  // A new announcement's first save opens its own address: the notice comes along.
  const arrived = useLocation().state as { notice?: HeldNotice } | null;
  const unsaved = JSON.stringify(toRequest(state)) !== saved;
  const notice = useNotice(noticeStateOf(announcement, unsaved), useState(arrived?.notice ?? null));
  const editable = can('announcements.write') && (announcement === null || EDITABLE.includes(announcement.status));

  const remember = (updated: Announcement) => {
    queryClient.setQueryData(['announcement', updated.id], updated);
    void queryClient.invalidateQueries({ queryKey: ['announcements'] });
    void queryClient.invalidateQueries({ queryKey: ['announcement-preview', updated.id] });
    void queryClient.invalidateQueries({ queryKey: ['announcement-progress', updated.id] });
  };

  const form = useFormAction({
    mutationFn: async (then: 'save' | 'submit') => {
      const body = toRequest(state);
      let current = announcement;
      if (!current) current = await unwrap(api.POST('/api/admin/announcements', { body }));
      else if (unsaved) {
        current = await unwrap(
          api.PATCH('/api/admin/announcements/{id}', { params: { path: { id: current.id } }, body }),
        );
      }
      if (then === 'submit') {
        current = await unwrap(
          api.POST('/api/admin/announcements/{id}/submit', { params: { path: { id: current.id } } }),
        );
      }
      return { updated: current, body, then };
    },
    onSuccess: ({ updated, body, then }) => {
      setSaved(JSON.stringify(body));
      remember(updated);
      const message = t(then === 'submit' ? 'announcements.done.submit' : 'announcements.done.save');
      const done: HeldNotice = { text: message, color: 'green', state: noticeStateOf(updated, false) };
      notice.show(done.text, done);
      if (!announcement) void navigate(`/announcements/${updated.id}`, { replace: true, state: { notice: done } });
    },
  });
  const save = form.mutation;
  return (
    <Stack>
      <BackLink />
      <Group gap="sm">
        <Title order={1} size="h3">
          {announcement ? state.vi.title || t('announcements.untitled') : t('announcements.new')}
        </Title>
        {announcement && <AnnouncementStatusBadge status={announcement.status} />}
        {announcement?.urgent && (
          <Badge color="red" variant="light">
            {t('announcements.urgent.badge')}
          </Badge>
        )}
      </Group>
      {announcement && (
        <Text size="sm" c="dimmed">
          {announcement.authorEmail
            ? t('announcements.metaBy', {
                author: announcement.authorEmail,
                at: formatDateTime(announcement.createdAt, i18n.language),
              })
            : t('announcements.meta', { at: formatDateTime(announcement.createdAt, i18n.language) })}
          {announcement.status === 'cancelled'
            ? ` · ${t('announcements.cancelledAt', { at: formatDateTime(announcement.updatedAt, i18n.language) })}`
            : announcement.sendAt &&
              ` · ${t('announcements.sendAt', { at: formatDateTime(announcement.sendAt, i18n.language) })}`}
        </Text>
      )}
      {notice.notice && (
        <Alert color={notice.notice.color} role="status">
          {notice.notice.text}
        </Alert>
      )}
      {announcement?.status === 'returned' && announcement.returnComment && (
        <Alert color="orange" title={t('announcements.returned')} data-testid="return-comment">
          {announcement.returnComment}
        </Alert>
      )}
      {announcement &&
        announcement.nonWebAddresses.length > 0 &&
        announcement.status !== 'sent' &&
        announcement.status !== 'cancelled' && (
          <Alert
            color="red"
            role="alert"
            title={t('announcements.nonWebAddresses.title')}
            data-testid="non-web-addresses"
          >
            <Text size="sm">
              {t(editable ? 'announcements.nonWebAddresses.edit' : 'announcements.nonWebAddresses.cancel')}
            </Text>
            <List size="sm">
              {announcement.nonWebAddresses.map((path) => (
                <List.Item key={path}>{announcementFieldLabel(t, path)}</List.Item>
              ))}
            </List>
          </Alert>
        )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            {editable ? (
              <ComposeForm state={state} onChange={setState} field={form.field} />
            ) : (
              <>
                <ContentVersions state={state} />
                <AudienceSummary state={state} />
              </>
            )}
            {save.error && <FormFeedback form={form} label={(path) => announcementFieldLabel(t, path)} />}
            {editable && (
              <Group>
                <Button
                  variant="default"
                  onClick={() => {
                    notice.clear();
                    save.mutate('save');
                  }}
                  loading={save.variables === 'save' && save.isPending}
                >
                  {t('announcements.action.save')}
                </Button>
                <Button
                  onClick={() => {
                    notice.clear();
                    save.mutate('submit');
                  }}
                  loading={save.variables === 'submit' && save.isPending}
                >
                  {t('announcements.action.submit')}
                </Button>
                {unsaved && (
                  <Text size="sm" c="orange.9" data-testid="unsaved">
                    {t('announcements.unsaved')}
                  </Text>
                )}
              </Group>
            )}
            {announcement && (
              <AnnouncementActions
                announcement={announcement}
                onChanged={(updated, message) => {
                  remember(updated);
                  notice.show(message, { state: noticeStateOf(updated, false) });
                }}
              />
            )}
            {announcement && DELIVERING.includes(announcement.status) && (
              <DeliveryProgress
                announcement={announcement}
                onChanged={(updated, message) => {
                  remember(updated);
                  notice.show(message, { state: noticeStateOf(updated, false) });
                }}
              />
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            <PhonePreview state={state} />
            {/* Once sent or cancelled, who it reached is the progress's final counts, not who matches today. */}
            {(announcement || editable) && !(announcement && FINISHED.includes(announcement.status)) && (
              <AudienceCounts id={announcement?.id} audience={editable ? toRequest(state).audience : undefined} />
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/**
 * What a notice on the screen speaks of: the announcement's status and version, and whether it has unsaved edits
 * ("submitted" is gone once an approver returned it, "saved" once it is edited again).
 */
function noticeStateOf(announcement: Announcement | null, unsaved: boolean): string {
  return announcement ? `${announcement.status}:${announcement.updatedAt}:${unsaved}` : `new:${unsaved}`;
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/announcements" size="sm">
      {t('announcements.back')}
    </Anchor>
  );
}

/** Who receives it, in words (read-only once submitted). */
function AudienceSummary({ state }: { state: ComposeState }) {
  const { t } = useTranslation();
  const topicName = useTopicName();
  const communeLabel = useCommuneLabel();
  const { tags, communes, topics, languages } = state.audience;
  const parts = [
    tags.length > 0 && `${t('announcements.audience.tags')}: ${tags.join(', ')}`,
    communes.length > 0 && `${t('announcements.audience.communes')}: ${communes.map(communeLabel).join(', ')}`,
    topics.length > 0 && `${t('announcements.audience.topics')}: ${topics.map(topicName).join(', ')}`,
    languages.length > 0 &&
      `${t('announcements.audience.languages')}: ${languages.map((l) => t(`announcements.language.${l}`)).join(', ')}`,
  ].filter((part): part is string => typeof part === 'string');
  return (
    <Text size="sm" data-testid="audience-summary">
      {t('announcements.audience.legend')}:{' '}
      {parts.length > 0 ? parts.join(' · ') : t('announcements.audience.everyone')}
    </Text>
  );
}
