import { Alert, Anchor, Button, Group, Image, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { problemMessage } from '../auth/problem-message';
import { useSession } from '../auth/session';
import { PageLoader } from '../shell/page-loader';
import { AnswerAttachment, type UploadedAttachment } from './answer-attachment';
import { formatDateTime } from './format';
import { LoggedEventText } from './logged-event';
import {
  CitizenLanguageBadge,
  ClosedBy,
  CloseHandoffButton,
  HandoffRating,
  HandoffStatus,
  HandoffUnit,
  TakeButton,
  TransferHandoffButton,
  UnansweredCount,
  useAnswerHandoff,
  useCannedReplies,
  useClosedHandoffs,
  useLiveHandoffs,
  useSendCannedReply,
  type Handoff,
} from './handoffs';

type Attachment = components['schemas']['ConversationMessage']['attachments'][number];

/**
 * A photo or file the citizen sent. Sent during a hand-off, it is our copy, read from the admin API with the official's
 * session (each view audited) and still there after Zalo's link expired; otherwise (or not kept) Zalo's own link.
 */
function SentAttachment({ attachment, n }: { attachment: Attachment; n: number }) {
  const { t } = useTranslation();
  const { kept } = attachment;
  if (kept?.url) {
    const label =
      attachment.kind === 'image'
        ? t('conversation.keptImage', { n })
        : t('conversation.keptFile', { name: attachment.name ?? '' });
    return (
      <Anchor href={kept.url} target="_blank" rel="noopener" size="sm" display="block" data-testid="kept-attachment">
        {attachment.kind === 'image' ? (
          <Image src={kept.url} alt={label} maw={240} mah={240} fit="contain" radius="sm" />
        ) : (
          label
        )}
      </Anchor>
    );
  }
  return (
    <Stack gap={0}>
      {kept && (
        <Text size="xs" c="dimmed">
          {kept.status === 'pending'
            ? t('conversation.keptPending')
            : t('conversation.keptFailed', {
                reason: t(`conversation.keptFailure.${kept.failure ?? 'unreachable'}`, {
                  defaultValue: kept.failure ?? '',
                }),
              })}
        </Text>
      )}
      {/* Zalo's links: opened in a new tab, without telling Zalo which page linked them. */}
      <Anchor
        href={attachment.url}
        target="_blank"
        rel="noopener noreferrer"
        size="sm"
        display="block"
        data-testid="conversation-attachment"
      >
        {attachment.kind === 'image'
          ? t('conversation.image', { n })
          : t('conversation.file', { name: attachment.name ?? attachment.url })}
      </Anchor>
    </Stack>
  );
}

/**
 * A ready answer picked by its title, previewed, and sent with its image, buttons and file in the citizen's language
 * (only during a hand-off: the server sends canned replies through it).
 */
function CannedReplyPicker({ handoff, onSent }: { handoff: Handoff; onSent(purpose: 'reply' | 'notification'): void }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const replies = useCannedReplies();
  const send = useSendCannedReply();
  const [picked, setPicked] = useState<string | null>(null);
  const reply = replies.data?.find((item) => item.id === picked);
  if (!replies.data) return null;
  if (replies.data.length === 0) {
    // Where they come from, rather than nothing at all: admins add them, officials ask an admin.
    return (
      <Text size="sm" c="dimmed" data-testid="canned-replies-none">
        {t('conversation.cannedNone')}{' '}
        {can('settings.manage') ? (
          <Anchor component={Link} to="/canned-replies" size="sm">
            {t('conversation.cannedNoneAdd')}
          </Anchor>
        ) : (
          t('conversation.cannedNoneAsk')
        )}
      </Text>
    );
  }
  // What the citizen gets: their language's version when the reply has one, else the Vietnamese one.
  const english = handoff.citizenLanguage === 'en';
  const lacksEnglish = (item: (typeof replies.data)[number]) => english && item.content.en === undefined;
  const version = reply ? ((english ? reply.content.en : undefined) ?? reply.content.vi) : undefined;
  return (
    <Stack gap={6} data-testid="canned-replies">
      <Select
        label={t('conversation.canned')}
        description={t('conversation.cannedHint')}
        placeholder={t('conversation.cannedPlaceholder')}
        data={replies.data.map((item) => ({
          value: item.id,
          label: lacksEnglish(item) ? `${item.title} (${t('conversation.cannedNoEnglishShort')})` : item.title,
        }))}
        value={picked}
        onChange={setPicked}
        searchable
        clearable
        maw={420}
      />
      {reply && lacksEnglish(reply) && (
        <Alert color="yellow" py={6} maw={520} data-testid="canned-no-version">
          {t('conversation.cannedNoEnglish')}
        </Alert>
      )}
      {version && (
        <Paper withBorder px="sm" py={6} bg="blue.0" maw={520} data-testid="canned-preview">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {version.text}
          </Text>
          {(version.buttons ?? []).map((button) => (
            <Text key={button.title} size="xs" c="blue.9">
              [{button.title}]
            </Text>
          ))}
          {version.imageUrl && (
            <Text size="xs" c="dimmed">
              {t('conversation.cannedImage')}
            </Text>
          )}
          {version.file && (
            <Text size="xs" c="dimmed">
              {t('conversation.cannedFile', { name: version.file.name })}
            </Text>
          )}
        </Paper>
      )}
      {send.error && (
        <Alert color="red" role="alert">
          {problemMessage(t, send.error)}
        </Alert>
      )}
      <Button
        variant="light"
        w="fit-content"
        disabled={!reply}
        loading={send.isPending}
        onClick={() =>
          reply &&
          send.mutate(
            { id: handoff.id, cannedReplyId: reply.id },
            {
              onSuccess: (result) => {
                setPicked(null);
                onSent(result.purpose);
              },
            },
          )
        }
      >
        {t('conversation.sendCanned')}
      </Button>
    </Stack>
  );
}

/** What the live hand-off's panel says it is: a message left for the next opening, waiting, or being handled. */
function HandoffState({ handoff }: { handoff: Handoff }) {
  const { t, i18n } = useTranslation();
  const label =
    handoff.status === 'taken'
      ? t('conversation.handoffState.taken')
      : handoff.dueAt !== null
        ? t('conversation.handoffState.left', { at: formatDateTime(handoff.dueAt, i18n.language) })
        : t('conversation.handoffState.open');
  return (
    <Text size="sm" fw={600}>
      {label}
    </Text>
  );
}

/** The citizen's earlier hand-offs: when and how each ended, the rating they gave, the official's note. */
function ClosedHandoffs({ citizenId }: { citizenId: string }) {
  const { t, i18n } = useTranslation();
  const closed = useClosedHandoffs({ citizenId, limit: 5 });
  if (!closed.data || closed.data.length === 0) return null;
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="closed-handoffs" data-testid="closed-handoffs">
      <Stack gap={6}>
        <Text size="sm" fw={600} id="closed-handoffs">
          {t('conversation.closedHandoffs')}
        </Text>
        {closed.data.map((handoff) => (
          <Stack key={handoff.id} gap={0} data-testid="closed-handoff">
            <Group gap="xs">
              <Text size="sm">
                {handoff.closedAt ? formatDateTime(handoff.closedAt, i18n.language) : '—'} ·{' '}
                <ClosedBy handoff={handoff} />
              </Text>
              <HandoffRating handoff={handoff} />
            </Group>
            {handoff.closeNote && (
              <Text size="sm" c="dimmed">
                {t('handoffs.closedColumn.note')}: {handoff.closeNote}
              </Text>
            )}
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}

/**
 * One citizen's conversation with the OA (each read is audited), and the official's answer through the OA. While the
 * citizen has a live hand-off the answer goes through it (taking it, resetting its unanswered count) and the log is
 * read again when the citizen writes; otherwise it is a plain answer from the OA.
 */
export function ConversationPage() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const citizenId = useParams().citizenId ?? '';
  const queryClient = useQueryClient();
  const [answer, setAnswer] = useState('');
  const [attachment, setAttachment] = useState<UploadedAttachment | null>(null);
  const messages = useInfiniteQuery({
    queryKey: ['conversation', citizenId],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/admin/conversations/{citizenId}/messages', {
          params: { path: { citizenId }, query: { limit: 50, ...(pageParam ? { before: pageParam } : {}) } },
        }),
      ),
    // The API answers the cursor as a string of digits and takes it back as an integer.
    getNextPageParam: (page) => (page.nextCursor === null ? undefined : Number(page.nextCursor)),
  });
  const handoff = useLiveHandoffs().data?.find((item) => item.citizenId === citizenId && item.status !== 'closed');
  const refreshLog = () => queryClient.invalidateQueries({ queryKey: ['conversation', citizenId] });
  // The queue is polled, the log is not (each read is audited): read the log again when the citizen wrote more.
  const lastSeen = useRef(handoff?.lastCitizenAt);
  useEffect(() => {
    if (handoff?.lastCitizenAt === lastSeen.current) return;
    lastSeen.current = handoff?.lastCitizenAt;
    void queryClient.invalidateQueries({ queryKey: ['conversation', citizenId] });
  }, [handoff?.lastCitizenAt, queryClient, citizenId]);
  const plainReply = useMutation({
    mutationFn: (text: string) =>
      unwrap(
        api.POST('/api/admin/conversations/{citizenId}/messages', { params: { path: { citizenId } }, body: { text } }),
      ),
  });
  const handoffReply = useAnswerHandoff();
  const [sent, setSent] = useState<'reply' | 'notification' | null>(null);
  const replying = plainReply.isPending || handoffReply.isPending;
  const replyError = handoff ? handoffReply.error : plainReply.error;
  const attached = handoff ? attachment : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = answer.trim();
    if (!text && !attached) return;
    setSent(null);
    const done = (purpose: 'reply' | 'notification') => {
      setAnswer('');
      setAttachment(null);
      setSent(purpose);
      return refreshLog();
    };
    if (handoff)
      handoffReply.mutate(
        { id: handoff.id, text, ...(attached ? { attachmentId: attached.id } : {}) },
        { onSuccess: (result) => done(result.purpose) },
      );
    else plainReply.mutate(text, { onSuccess: () => done('reply') });
  };
  // Pages come newest first; the log reads oldest first, like the phone.
  const items = (messages.data?.pages ?? []).flatMap((page) => page.items).reverse();
  // Named by the log (any conversation, a closed hand-off's too), or the live hand-off while the log loads.
  const citizen = messages.data?.pages[0]?.citizen;
  const citizenLabel = citizen?.erased
    ? t('conversation.erasedCitizen')
    : (citizen?.name ?? handoff?.citizenName ?? citizenId);
  // Opened at the newest message and the reply box, as on a phone: the log reads oldest first, the answer comes last.
  const end = useRef<HTMLDivElement>(null);
  const scrolled = useRef(false);
  const loaded = messages.data !== undefined;
  useEffect(() => {
    if (!loaded || scrolled.current) return;
    scrolled.current = true;
    end.current?.scrollIntoView({ block: 'end' });
  }, [loaded]);

  return (
    <Stack maw={760}>
      <Anchor component={Link} to="/handoffs" size="sm">
        {t('conversation.back')}
      </Anchor>
      <Title order={1} size="h4">
        {t('conversation.title', { citizen: citizenLabel })}
      </Title>
      <ClosedHandoffs citizenId={citizenId} />
      <Text size="xs" c="dimmed">
        {t('conversation.audited')}
      </Text>
      {messages.isPending && <PageLoader />}
      {messages.error && (
        <Alert color="red" role="alert">
          {problemMessage(t, messages.error)}
        </Alert>
      )}
      {messages.hasNextPage && (
        <Button
          variant="subtle"
          size="xs"
          onClick={() => void messages.fetchNextPage()}
          loading={messages.isFetchingNextPage}
        >
          {t('conversation.older')}
        </Button>
      )}
      <Stack gap={6}>
        {items.map((message) => (
          <Group key={message.id} justify={message.direction === 'in' ? 'flex-start' : 'flex-end'}>
            <Paper
              withBorder
              px="sm"
              py={6}
              maw="80%"
              bg={message.direction === 'in' ? 'white' : 'blue.0'}
              data-testid="conversation-message"
            >
              <Text size="xs" c="dimmed">
                {message.direction === 'in' ? t('conversation.citizen') : t('conversation.oa')} ·{' '}
                {formatDateTime(message.occurredAt, i18n.language)}
              </Text>
              {message.event.type === 'tapped' ? (
                <LoggedEventText event={message.event} />
              ) : message.text !== null ? (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {message.text}
                </Text>
              ) : (
                message.attachments.length === 0 && <LoggedEventText event={message.event} />
              )}
              {message.attachments.map((attachment, index) => (
                <SentAttachment key={attachment.url} attachment={attachment} n={index + 1} />
              ))}
            </Paper>
          </Group>
        ))}
      </Stack>
      {/* Below the newest message, beside the answer: what the page opens on. */}
      {handoff && (
        <Paper withBorder p="sm" data-testid="live-handoff">
          <Stack gap={6}>
            <Group gap="xs">
              <HandoffState handoff={handoff} />
              <HandoffStatus handoff={handoff} />
              <CitizenLanguageBadge handoff={handoff} always />
              <Text size="sm" span>
                {t('handoffs.column.unanswered')}:
              </Text>
              <UnansweredCount count={handoff.unanswered} />
            </Group>
            <Text size="sm">
              {t('handoffs.column.unit')}: <HandoffUnit handoff={handoff} />
            </Text>
            {handoff.reason && (
              <Text size="sm">
                {t('handoffs.column.reason')}: {handoff.reason}
              </Text>
            )}
            <Group gap="xs">
              <TakeButton handoff={handoff} />
              <TransferHandoffButton handoff={handoff} />
              <CloseHandoffButton handoff={handoff} onClosed={() => void refreshLog()} />
            </Group>
          </Stack>
        </Paper>
      )}
      {can('conversations.reply') && (
        <form onSubmit={submit}>
          <Stack gap="xs">
            {replyError && (
              <Alert color="red" role="alert">
                {problemMessage(t, replyError)}
              </Alert>
            )}
            {sent && (
              <Alert color="green" role="status">
                {sent === 'reply' ? t('conversation.sent') : t('conversation.sentLater')}
              </Alert>
            )}
            <Textarea
              label={t('conversation.answer')}
              description={t('conversation.answerHint')}
              autosize
              minRows={2}
              maxLength={2000}
              value={answer}
              onChange={(event) => setAnswer(event.currentTarget.value)}
            />
            {handoff && <AnswerAttachment handoffId={handoff.id} attachment={attached} onChange={setAttachment} />}
            <Button type="submit" w="fit-content" loading={replying} disabled={!answer.trim() && !attached}>
              {t('conversation.send')}
            </Button>
            {handoff && (
              <CannedReplyPicker
                handoff={handoff}
                onSent={(purpose) => {
                  setSent(purpose);
                  void refreshLog();
                }}
              />
            )}
          </Stack>
        </form>
      )}
      <div ref={end} />
    </Stack>
  );
}
