import { Badge, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../api/client';
import { problemMessage } from '../auth/problem-message';
import { useSession } from '../auth/session';
import { useUnits } from '../settings/units';
import { formatDateTime } from './format';

export type Handoff = Schemas['Handoff'];

/**
 * Changes arrive as server-sent events; the list is still read again now and then, in case the stream was down
 * between two reconnections (the list read is not audited).
 */
const POLL_MS = 60_000;
const HANDOFFS_KEY = ['handoffs'] as const;
/** Closed hand-offs (with their ratings): read again when one closes or is rated. */
const CLOSED_KEY = ['handoffs-closed'] as const;
type HandoffList = { items: Handoff[]; cursor: string };

/** Live hand-offs (open and taken), oldest first, kept current by the server's events; reasons in the official's language. */
export function useLiveHandoffs() {
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'vi';
  const queryKey = useMemo(() => [...HANDOFFS_KEY, language], [language]);
  const queryClient = useQueryClient();
  useEffect(() => {
    const events = new EventSource(`/api/admin/conversations/handoffs/events?language=${language}`);
    events.addEventListener('handoff', (event: MessageEvent<string>) => {
      const changed = JSON.parse(event.data) as Handoff;
      queryClient.setQueryData<HandoffList>(queryKey, (list) => {
        if (!list) return list;
        const others = list.items.filter((item) => item.id !== changed.id);
        return { ...list, items: changed.status === 'closed' ? others : [...others, changed] };
      });
      // Closed now, or rated since: the closed list shows it.
      if (changed.status === 'closed') void queryClient.invalidateQueries({ queryKey: CLOSED_KEY });
    });
    return () => events.close();
  }, [language, queryClient, queryKey]);
  return useQuery({
    queryKey,
    queryFn: () =>
      unwrap(api.GET('/api/admin/conversations/handoffs', { params: { query: { language, limit: 200 } } })),
    refetchInterval: POLL_MS,
    select: (data) => [...data.items].sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
  });
}

/**
 * Closed hand-offs, the last closed first, with the citizen's rating and the official's note: `citizenId`, one
 * citizen's. The server's events keep it current (a close, a rating).
 */
export function useClosedHandoffs(options: { citizenId?: string; limit?: number } = {}) {
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'vi';
  const limit = options.limit ?? 20;
  return useQuery({
    queryKey: [...CLOSED_KEY, language, options.citizenId ?? null, limit],
    queryFn: () =>
      unwrap(
        api.GET('/api/admin/conversations/handoffs/closed', {
          params: { query: { language, limit, ...(options.citizenId ? { citizenId: options.citizenId } : {}) } },
        }),
      ),
    select: (data) => data.items,
    refetchInterval: POLL_MS,
  });
}

/** Take (claim) a hand-off: the citizen is told an official has joined. */
export function useTakeHandoff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/admin/conversations/handoffs/{id}/take', { params: { path: { id } }, body: {} })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: HANDOFFS_KEY }),
  });
}

/**
 * Answer the citizen of a live hand-off through the OA (an open one is taken by the caller): words, an uploaded image or
 * document (sent after the words), or both.
 */
export function useAnswerHandoff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, text, attachmentId }: { id: string; text: string; attachmentId?: string }) =>
      unwrap(
        api.POST('/api/admin/conversations/handoffs/{id}/messages', {
          params: { path: { id } },
          body: { ...(text ? { text } : {}), ...(attachmentId ? { attachmentId } : {}) },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: HANDOFFS_KEY }),
  });
}

/** Answer the citizen of a live hand-off with a canned reply (its image, buttons and file, in the citizen's language). */
export function useSendCannedReply() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, cannedReplyId }: { id: string; cannedReplyId: string }) =>
      unwrap(
        api.POST('/api/admin/conversations/handoffs/{id}/messages', {
          params: { path: { id } },
          body: { cannedReplyId },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: HANDOFFS_KEY }),
  });
}

/** The ready answers officials send with one click, by title. */
export function useCannedReplies(enabled = true) {
  return useQuery({
    queryKey: ['canned-replies'],
    queryFn: () => unwrap(api.GET('/api/admin/conversations/canned-replies')),
    select: (data) => data.items,
    enabled,
    staleTime: 60_000,
  });
}

/** Transfer a hand-off to a unit: back in that unit's queue, the citizen is told which unit will answer. */
export function useTransferHandoff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, unit }: { id: string; unit: string }) =>
      unwrap(api.POST('/api/admin/conversations/handoffs/{id}/transfer', { params: { path: { id } }, body: { unit } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: HANDOFFS_KEY }),
  });
}

/** Close a hand-off with an optional note: the citizen is told and the bot answers them again. */
export function useCloseHandoff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, note }: { id: string; note: string }) =>
      unwrap(
        api.POST('/api/admin/conversations/handoffs/{id}/close', {
          params: { path: { id } },
          body: note.trim() ? { note: note.trim() } : {},
        }),
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: HANDOFFS_KEY }),
        queryClient.invalidateQueries({ queryKey: CLOSED_KEY }),
      ]),
  });
}

/** Who has the hand-off: nobody yet, the signed-in official, or another one. */
export function HandoffStatus({ handoff }: { handoff: Handoff }) {
  const { t } = useTranslation();
  const { session } = useSession();
  if (handoff.status === 'open') {
    return (
      <Badge color="orange" variant="dot">
        {t('handoffs.status.open')}
      </Badge>
    );
  }
  if (handoff.status === 'closed')
    return (
      <Badge variant="dot" color="gray">
        {t('handoffs.status.closed')}
      </Badge>
    );
  const mine = handoff.takenBy === session?.id;
  return (
    <Badge color={mine ? 'green' : 'blue'} variant="dot">
      {mine ? t('handoffs.status.takenByMe') : t('handoffs.status.takenByOther')}
    </Badge>
  );
}

/** Citizen messages no official has answered yet. */
export function UnansweredCount({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count === 0) return <Text span>0</Text>;
  return (
    <Badge color="red.9" aria-label={t('handoffs.unansweredLabel', { count })}>
      {count}
    </Badge>
  );
}

/** The take button, when the signed-in official does not have the hand-off yet. */
export function TakeButton({ handoff }: { handoff: Handoff }) {
  const { t } = useTranslation();
  const { session, can } = useSession();
  const take = useTakeHandoff();
  if (!can('conversations.reply') || handoff.status === 'closed' || handoff.takenBy === session?.id) return null;
  return (
    <Button size="xs" loading={take.isPending} onClick={() => take.mutate(handoff.id)}>
      {handoff.status === 'open' ? t('handoffs.take') : t('handoffs.takeOver')}
    </Button>
  );
}

/** Close with a note, confirmed in a dialog: the note stays with the hand-off for officials. */
export function CloseHandoffButton({ handoff, onClosed }: { handoff: Handoff; onClosed?: () => void }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const close = useCloseHandoff();
  const [opened, setOpened] = useState(false);
  const [note, setNote] = useState('');
  if (!can('conversations.reply') || handoff.status === 'closed') return null;
  const confirm = () =>
    close.mutate(
      { id: handoff.id, note },
      {
        onSuccess: () => {
          setOpened(false);
          setNote('');
          onClosed?.();
        },
      },
    );
  return (
    <>
      <Button size="xs" variant="default" onClick={() => setOpened(true)}>
        {t('handoffs.close')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('handoffs.closeTitle')}
        closeButtonProps={{ 'aria-label': t('handoffs.cancel') }}
      >
        <Stack>
          <Text size="sm">{t('handoffs.closeHint')}</Text>
          <Textarea
            label={t('handoffs.note')}
            description={t('handoffs.noteHint')}
            autosize
            minRows={2}
            maxLength={1000}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          {close.error && (
            <Text c="red.9" size="sm" role="alert">
              {problemMessage(t, close.error)}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)}>
              {t('handoffs.cancel')}
            </Button>
            <Button loading={close.isPending} onClick={confirm}>
              {t('handoffs.confirmClose')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/** The unit a hand-off was transferred to, or the general queue. */
export function HandoffUnit({ handoff }: { handoff: Handoff }) {
  const { t } = useTranslation();
  const { nameOf } = useUnits();
  return <>{nameOf(handoff.unit) ?? t('handoffs.generalQueue')}</>;
}

/** Transfer to another unit of the province settings, confirmed in a dialog (shown only when there are units). */
export function TransferHandoffButton({ handoff }: { handoff: Handoff }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const { options } = useUnits();
  const transfer = useTransferHandoff();
  const [opened, setOpened] = useState(false);
  const [unit, setUnit] = useState<string | null>(null);
  const choices = options.filter((option) => option.value !== handoff.unit);
  if (!can('conversations.reply') || handoff.status === 'closed' || choices.length === 0) return null;
  const confirm = () => {
    if (!unit) return;
    transfer.mutate(
      { id: handoff.id, unit },
      {
        onSuccess: () => {
          setOpened(false);
          setUnit(null);
        },
      },
    );
  };
  return (
    <>
      <Button size="xs" variant="default" onClick={() => setOpened(true)}>
        {t('handoffs.transfer')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('handoffs.transferTitle')}
        closeButtonProps={{ 'aria-label': t('handoffs.cancel') }}
      >
        <Stack>
          <Text size="sm">{t('handoffs.transferHint')}</Text>
          <Select
            label={t('handoffs.transferUnit')}
            data={choices}
            value={unit}
            onChange={setUnit}
            searchable
            comboboxProps={{ withinPortal: false }}
          />
          {transfer.error && (
            <Text c="red.9" size="sm" role="alert">
              {problemMessage(t, transfer.error)}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)}>
              {t('handoffs.cancel')}
            </Button>
            <Button loading={transfer.isPending} disabled={!unit} onClick={confirm}>
              {t('handoffs.confirmTransfer')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/** The language the citizen writes in; in lists only when it is not Vietnamese (`always`: on the conversation page). */
export function CitizenLanguageBadge({ handoff, always = false }: { handoff: Handoff; always?: boolean }) {
  const { t } = useTranslation();
  if (!always && handoff.citizenLanguage === 'vi') return null;
  const language = t(`handoffs.language.${handoff.citizenLanguage}`);
  return (
    <Badge
      color="violet"
      variant="light"
      title={t('handoffs.languageLabel', { language })}
      data-testid="citizen-language"
    >
      {language}
    </Badge>
  );
}

/** A message the citizen left outside office hours, and the opening it is to be handled from. */
export function LeftMessageBadge({ handoff }: { handoff: Handoff }) {
  const { t, i18n } = useTranslation();
  if (handoff.dueAt === null) return null;
  return (
    <Group gap={4} wrap="wrap">
      <Badge color="grape" variant="light">
        {t('handoffs.leftMessage')}
      </Badge>
      <Text size="xs" c="dimmed" span>
        {t('handoffs.leftMessageDue', { at: formatDateTime(handoff.dueAt, i18n.language) })}
      </Text>
    </Group>
  );
}

/** Who closed a hand-off: an official (their account id is recorded), the citizen, or the idle timeout. */
export function ClosedBy({ handoff }: { handoff: Handoff }) {
  const { t } = useTranslation();
  const by = handoff.closedBy;
  const known = by === 'citizen' || by === 'citizen_left' || by === 'timeout' ? by : 'official';
  return <>{t(`handoffs.closedBy.${known}`)}</>;
}

/** Whether the citizen was asked to rate: an official answered, then an official closed it. */
function ratingAsked(handoff: Handoff): boolean {
  const by = handoff.closedBy;
  return handoff.firstAnswerAt !== null && by !== null && by !== 'citizen' && by !== 'citizen_left' && by !== 'timeout';
}

/** The citizen's rating of a closed hand-off (stars and n/5), not rated yet, or not asked. */
export function HandoffRating({ handoff }: { handoff: Handoff }) {
  const { t } = useTranslation();
  if (handoff.rating !== null) {
    const label = t('handoffs.ratingLabel', { rating: handoff.rating });
    return (
      <Text span size="sm" role="img" aria-label={label} title={label} data-testid="handoff-rating">
        <Text span c="yellow.9">
          {'★'.repeat(handoff.rating)}
          {'☆'.repeat(5 - handoff.rating)}
        </Text>{' '}
        {handoff.rating}/5
      </Text>
    );
  }
  return (
    <Text span size="sm" c="dimmed" data-testid="handoff-rating">
      {ratingAsked(handoff) ? t('handoffs.notRated') : t('handoffs.notAsked')}
    </Text>
  );
}
