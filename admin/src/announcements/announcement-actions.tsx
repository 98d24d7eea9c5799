import { Alert, Button, Group, Modal, Radio, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { fieldProblemMessage, invalidFields, problemMessage } from '../auth/problem-message';
import { formatDate, formatTime } from '../conversations/format';
import { useSession } from '../auth/session';
import { CANCELLABLE, PAUSABLE, type Announcement } from './announcement-status';
import {
  defaultSendTime,
  parseDay,
  parseTime,
  releaseAfterQuietHours,
  sendTimeToIso,
  type QuietHours,
} from './send-time';

type Step = 'approve' | 'schedule' | 'pause' | 'resume' | 'cancel' | 'reopen';
type Dialog = 'return' | 'schedule' | 'cancel' | 'reopen' | null;
const MAX_COMMENT = 1000;

/**
 * What can be done with an announcement now, by this official: only the steps its status allows and their role holds
 * (the server checks both again, and refuses an author's own approval).
 */
export function AnnouncementActions(props: {
  announcement: Announcement;
  onChanged(updated: Announcement, message: string): void;
}) {
  const { announcement, onChanged } = props;
  const { t, i18n } = useTranslation();
  const { can, session } = useSession();
  const [dialog, setDialog] = useState<Dialog>(null);
  const params = { params: { path: { id: announcement.id } } };
  const step = useMutation({
    mutationFn: (input: { step: Step; sendAt?: string }) => {
      switch (input.step) {
        case 'approve':
          return unwrap(api.POST('/api/admin/announcements/{id}/approve', params));
        case 'schedule':
          return unwrap(
            api.POST('/api/admin/announcements/{id}/schedule', {
              ...params,
              body: input.sendAt ? { sendAt: input.sendAt } : {},
            }),
          );
        case 'pause':
          return unwrap(api.POST('/api/admin/announcements/{id}/pause', params));
        case 'resume':
          return unwrap(api.POST('/api/admin/announcements/{id}/resume', params));
        case 'cancel':
          return unwrap(api.POST('/api/admin/announcements/{id}/cancel', params));
        case 'reopen':
          return unwrap(api.POST('/api/admin/announcements/{id}/reopen', params));
      }
    },
    onSuccess: (updated, input) => {
      setDialog(null);
      const done = input.step === 'schedule' && !input.sendAt ? 'sendNow' : input.step;
      // Resumed before its time, it waits for it: said with the time, not as if it were sending.
      const waitsForItsTime =
        input.step === 'resume' &&
        updated.status === 'scheduled' &&
        updated.sendAt &&
        Date.parse(updated.sendAt) > Date.now();
      onChanged(
        updated,
        waitsForItsTime && updated.sendAt
          ? t('announcements.done.resumeScheduled', {
              time: formatTime(updated.sendAt, i18n.language),
              date: formatDate(updated.sendAt, i18n.language),
            })
          : t(`announcements.done.${done}`),
      );
    },
  });
  const urgent = useMutation({
    mutationFn: (value: boolean) =>
      unwrap(api.POST('/api/admin/announcements/{id}/urgent', { ...params, body: { urgent: value } })),
    onSuccess: (updated) =>
      onChanged(updated, t(updated.urgent ? 'announcements.done.urgent' : 'announcements.done.notUrgent')),
  });

  const status = announcement.status;
  const canWrite = can('announcements.write');
  const canApprove = can('announcements.approve');
  // Another approver must approve it (the server refuses its author): said on the button, not after a click.
  const ownAnnouncement = announcement.authorId === session?.id;
  const busy = step.isPending ? step.variables.step : null;
  // Before its sending starts, it can go back to a draft to be edited (and approved again).
  const reopenable =
    status === 'approved' || status === 'scheduled' || (status === 'paused' && announcement.pausedFrom === 'scheduled');
  return (
    <Stack gap="xs">
      {canApprove && CANCELLABLE.includes(status) && (
        <Switch
          label={t('announcements.urgent.label')}
          description={t('announcements.urgent.hint')}
          checked={announcement.urgent}
          disabled={urgent.isPending}
          onChange={(event) => urgent.mutate(event.currentTarget.checked)}
        />
      )}
      <Group>
        {canApprove && status === 'submitted' && (
          <>
            <Button
              onClick={() => step.mutate({ step: 'approve' })}
              loading={busy === 'approve'}
              disabled={ownAnnouncement}
              aria-describedby={ownAnnouncement ? 'approve-own' : undefined}
            >
              {t('announcements.action.approve')}
            </Button>
            <Button variant="default" onClick={() => setDialog('return')}>
              {t('announcements.action.return')}
            </Button>
          </>
        )}
        {canWrite && status === 'approved' && (
          <Button onClick={() => setDialog('schedule')}>{t('announcements.action.schedule')}</Button>
        )}
        {canWrite && PAUSABLE.includes(status) && (
          <Button variant="default" onClick={() => step.mutate({ step: 'pause' })} loading={busy === 'pause'}>
            {t('announcements.action.pause')}
          </Button>
        )}
        {canWrite && status === 'paused' && (
          <Button onClick={() => step.mutate({ step: 'resume' })} loading={busy === 'resume'}>
            {t('announcements.action.resume')}
          </Button>
        )}
        {canWrite && reopenable && (
          <Button variant="default" onClick={() => setDialog('reopen')}>
            {t('announcements.action.reopen')}
          </Button>
        )}
        {canWrite && CANCELLABLE.includes(status) && (
          <Button variant="default" color="red" onClick={() => setDialog('cancel')}>
            {t('announcements.action.cancel')}
          </Button>
        )}
      </Group>
      {canApprove && status === 'submitted' && ownAnnouncement && (
        <Text size="sm" c="dimmed" id="approve-own">
          {t('announcements.action.approveOwn')}
        </Text>
      )}
      {(step.error ?? urgent.error) && !dialog && (
        <Alert color="red" role="alert">
          {problemMessage(t, step.error ?? urgent.error)}
        </Alert>
      )}
      {dialog === 'return' && (
        <ReturnDialog announcement={announcement} onClose={() => setDialog(null)} onDone={onChanged} />
      )}
      {dialog === 'schedule' && (
        <ScheduleDialog
          waitsUntil={announcement.waitsUntil}
          quietHours={announcement.quietHours}
          onClose={() => setDialog(null)}
          onConfirm={(sendAt) => step.mutate({ step: 'schedule', ...(sendAt ? { sendAt } : {}) })}
          pending={busy === 'schedule'}
          error={step.error}
        />
      )}
      {dialog === 'reopen' && (
        <ConfirmStepDialog
          title={t('announcements.dialog.reopen.title')}
          hint={t('announcements.dialog.reopen.hint')}
          confirmLabel={t('announcements.dialog.reopen.confirm')}
          danger={false}
          error={step.error}
          pending={busy === 'reopen'}
          onClose={() => setDialog(null)}
          onConfirm={() => step.mutate({ step: 'reopen' })}
        />
      )}
      {dialog === 'cancel' && (
        <ConfirmStepDialog
          title={t('announcements.dialog.cancel.title')}
          hint={t('announcements.dialog.cancel.hint')}
          confirmLabel={t('announcements.dialog.cancel.confirm')}
          danger
          error={step.error}
          pending={busy === 'cancel'}
          onClose={() => setDialog(null)}
          onConfirm={() => step.mutate({ step: 'cancel' })}
        />
      )}
    </Stack>
  );
}

/** A step that needs a second thought (cancel, take back to a draft): what it does, then confirm or close. */
function ConfirmStepDialog(props: {
  title: string;
  hint: string;
  confirmLabel: string;
  danger: boolean;
  error: Error | null;
  pending: boolean;
  onClose(): void;
  onConfirm(): void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={props.title}
      closeButtonProps={{ 'aria-label': t('announcements.dialog.close') }}
    >
      <Stack>
        <Text size="sm">{props.hint}</Text>
        {props.error && (
          <Alert color="red" role="alert">
            {problemMessage(t, props.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('announcements.dialog.close')}
          </Button>
          <Button {...(props.danger ? { color: 'red' } : {})} onClick={props.onConfirm} loading={props.pending}>
            {props.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function ReturnDialog(props: {
  announcement: Announcement;
  onClose(): void;
  onDone(updated: Announcement, message: string): void;
}) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const send = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/admin/announcements/{id}/return', {
          params: { path: { id: props.announcement.id } },
          body: { comment: comment.trim() },
        }),
      ),
    onSuccess: (updated) => props.onDone(updated, t('announcements.done.return')),
  });
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={t('announcements.dialog.return.title')}
      closeButtonProps={{ 'aria-label': t('announcements.dialog.close') }}
    >
      <Stack>
        <Textarea
          label={t('announcements.dialog.return.comment')}
          description={t('announcements.dialog.return.hint')}
          value={comment}
          onChange={(event) => setComment(event.currentTarget.value)}
          autosize
          minRows={3}
          maxLength={MAX_COMMENT}
          required
        />
        {send.error && (
          <Alert color="red" role="alert">
            {problemMessage(t, send.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('announcements.dialog.close')}
          </Button>
          <Button onClick={() => send.mutate()} loading={send.isPending} disabled={!comment.trim()}>
            {t('announcements.dialog.return.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function ScheduleDialog(props: {
  /** When the quiet hours would let it go if sent now (null: at once). */
  waitsUntil: string | null;
  /** The quiet hours a later time may fall in (null: urgent, or none). */
  quietHours: QuietHours | null;
  onClose(): void;
  onConfirm(sendAt: string | null): void;
  pending: boolean;
  error: unknown;
}) {
  const { t, i18n } = useTranslation();
  const [when, setWhen] = useState<'now' | 'later'>('now');
  const [initial] = useState(() => defaultSendTime(new Date()));
  const [day, setDay] = useState(initial.day);
  const [time, setTime] = useState(initial.time);
  const sendAt = sendTimeToIso(day, time);
  const releasedAt = sendAt && props.quietHours ? releaseAfterQuietHours(sendAt, props.quietHours) : null;
  // The server's objection to the time (already past), under the field as every form shows it.
  const atProblem = invalidFields(props.error).find((problem) => problem.path === 'sendAt');
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={t('announcements.dialog.schedule.title')}
      closeButtonProps={{ 'aria-label': t('announcements.dialog.close') }}
    >
      <Stack>
        <Radio.Group value={when} onChange={(value) => setWhen(value as 'now' | 'later')}>
          <Stack gap="xs">
            <Radio value="now" label={t('announcements.dialog.schedule.now')} />
            <Radio value="later" label={t('announcements.dialog.schedule.later')} />
          </Stack>
        </Radio.Group>
        {when === 'now' && props.waitsUntil && (
          <Alert color="yellow" data-testid="quiet-hours-note">
            {t('announcements.dialog.schedule.quietHours', {
              time: formatTime(props.waitsUntil, i18n.language),
              date: formatDate(props.waitsUntil, i18n.language),
            })}
          </Alert>
        )}
        {when === 'later' && (
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('announcements.dialog.schedule.at')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('announcements.dialog.schedule.atHint')}
            </Text>
            <Group align="flex-start" grow>
              <TextInput
                label={t('announcements.dialog.schedule.day')}
                placeholder="dd/mm/yyyy"
                inputMode="numeric"
                value={day}
                onChange={(event) => setDay(event.currentTarget.value)}
                error={parseDay(day) ? undefined : t('announcements.dialog.schedule.badDay')}
              />
              <TextInput
                label={t('announcements.dialog.schedule.time')}
                placeholder="HH:mm"
                inputMode="numeric"
                value={time}
                onChange={(event) => setTime(event.currentTarget.value)}
                error={
                  !parseTime(time)
                    ? t('announcements.dialog.schedule.badTime')
                    : atProblem
                      ? fieldProblemMessage(t, atProblem)
                      : undefined
                }
              />
            </Group>
            {releasedAt && props.quietHours && (
              <Alert color="yellow" data-testid="quiet-hours-later">
                {t('announcements.dialog.schedule.quietLater', {
                  start: props.quietHours.start,
                  end: props.quietHours.end,
                  time: formatTime(releasedAt, i18n.language),
                  date: formatDate(releasedAt, i18n.language),
                })}
              </Alert>
            )}
          </Stack>
        )}
        {props.error !== null && (
          <Alert color="red" role="alert">
            {problemMessage(t, props.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('announcements.dialog.close')}
          </Button>
          <Button
            onClick={() => props.onConfirm(when === 'later' ? sendAt : null)}
            loading={props.pending}
            disabled={when === 'later' && sendAt === null}
          >
            {t('announcements.dialog.schedule.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
