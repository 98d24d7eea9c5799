import { Badge, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../api/client';
import { problemMessage } from '../auth/problem-message';
import { useSession } from '../auth/session';
import { useUnits } from '../settings/units';

export type Handoff = Schemas['Handoff'];

/**
 * Changes arrive as server-sent events; the list is still read again now and then, in case the stream was down
 * between two reconnections (the list read is not audited).
 */
const POLL_MS = 60_000;
const HANDOFFS_KEY = ['handoffs'] as const;
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

/** Take (claim) a hand-off: the citizen is told an official has joined. */
export function useTakeHandoff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/admin/conversations/handoffs/{id}/take', { params: { path: { id } }, body: {} })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: HANDOFFS_KEY }),
  });
}

/** Answer the citizen of a live hand-off through the OA (an open one is taken by the caller). */
export function useAnswerHandoff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, text }: { id: string; text: string }) =>
      unwrap(api.POST('/api/admin/conversations/handoffs/{id}/messages', { params: { path: { id } }, body: { text } })),
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
    onSuccess: () => queryClient.invalidateQueries({ queryKey: HANDOFFS_KEY }),
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
