import {
  Alert,
  Anchor,
  Button,
  Group,
  Image,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, unwrap, type Schemas } from '../api/client';
import { problemMessage } from '../auth/problem-message';
import { useSession } from '../auth/session';
import { formatDateTime } from '../conversations/format';
import { ConfirmDialog } from '../shell/confirm-dialog';
import { PageLoader } from '../shell/page-loader';
import { useUnits } from '../settings/units';
import { OPEN_STATUSES, SETTLED_STATUSES, TicketStatusBadge } from './ticket-status';
import { useCategoryName } from './category-names';
import { Deadline } from './deadline';
import { LgspAnsweredWarning, LgspView } from './lgsp-view';

type Ticket = Schemas['FeedbackTicket'];
/** The changes that ask for a reason (shown to the citizen): required for reject and duplicate, optional otherwise. */
type ReasonAction = 'reject' | 'duplicate' | 'close' | 'reopen';
const REASON_REQUIRED: Record<ReasonAction, boolean> = { reject: true, duplicate: true, close: false, reopen: false };
const MAX_ANSWER = 2000;
const MAX_REASON = 500;

/** One ticket: what the citizen wrote, who they are when they agreed to say, its history; answer or settle it. */
export function FeedbackTicketPage() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const number = useParams().number ?? '';
  const ticket = useQuery({
    queryKey: ['feedback-ticket', number],
    queryFn: () => unwrap(api.GET('/api/admin/feedback/tickets/{number}', { params: { path: { number } } })),
    // Each read is audited: read once per visit, not on every focus or poll.
    staleTime: Infinity,
  });
  const [action, setAction] = useState<ReasonAction | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const categoryName = useCategoryName();

  if (ticket.error) {
    return (
      <Stack>
        <BackLink />
        <Alert color="red" role="alert">
          {problemMessage(t, ticket.error)}
        </Alert>
      </Stack>
    );
  }
  if (!ticket.data) return <PageLoader />;
  const data = ticket.data;
  const when = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : '');
  const canAnswer = can('feedback.answer');
  const open = OPEN_STATUSES.includes(data.status);

  return (
    <Stack maw={960}>
      <BackLink />
      <Group gap="sm">
        <Title order={1} size="h3">
          {t('feedback.ticket.title', { number: data.number })}
        </Title>
        <TicketStatusBadge status={data.status} />
      </Group>
      {notice && (
        <Alert color="green" role="status">
          {notice}
        </Alert>
      )}
      {data.purged && (
        <Alert color="gray" data-testid="ticket-purged">
          {t('feedback.ticket.purged')}
        </Alert>
      )}
      <Paper withBorder p="md">
        <Stack gap="xs">
          {/* A one-sentence report's title is the report itself: shown once. */}
          {(data.purged || data.title.trim() !== data.content.trim()) && (
            <Title order={2} size="h4">
              {data.purged && !data.title ? t('feedback.ticket.purgedTitle') : data.title}
            </Title>
          )}
          <Text size="sm" c="dimmed">
            {t('feedback.ticket.meta', {
              category: categoryName(data.categoryCode, data.categoryName),
              at: when(data.createdAt),
            })}
          </Text>
          <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="ticket-content">
            {data.content}
          </Text>
        </Stack>
      </Paper>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <PlaceView place={data.place} purged={data.purged} />
        <PhotoGallery ticket={data} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Fact label={t('feedback.ticket.sender')}>
          {data.contact
            ? [data.contact.name, data.contact.phone].filter(Boolean).join(' · ') || t('feedback.ticket.noContact')
            : // Erased: whether the citizen had left a contact is no longer known, so never "anonymous".
              t(data.purged ? 'feedback.ticket.erased' : 'feedback.ticket.anonymous')}
        </Fact>
        <Fact label={t('feedback.ticket.language')}>
          <span data-testid="ticket-language">{t(`feedback.ticket.languageName.${data.language}`)}</span>
        </Fact>
        <Fact label={t('feedback.ticket.lgsp')}>
          {data.lgspId
            ? t('feedback.ticket.lgspId', { id: data.lgspId, at: when(data.forwardedAt) })
            : t('feedback.ticket.notForwarded')}
        </Fact>
        {data.agency && <Fact label={t('feedback.ticket.agency')}>{data.agency}</Fact>}
        <Fact label={t('feedback.column.due')}>
          <Deadline dueAt={data.dueAt} overdue={data.overdue} />
        </Fact>
        <Fact label={t('feedback.ticket.unit')}>
          <UnitAssignment ticket={data} onDone={setNotice} />
        </Fact>
        <Fact label={t('feedback.ticket.updated')}>{when(data.updatedAt)}</Fact>
      </SimpleGrid>
      {data.answer && (
        <Paper withBorder p="md" bg="green.0">
          <Text size="sm" fw={600}>
            {t('feedback.ticket.answer', {
              by:
                data.answeredBy === 'lgsp'
                  ? t('feedback.ticket.byLgsp')
                  : data.answeredByEmail
                    ? t('feedback.ticket.byNamedOfficial', { email: data.answeredByEmail })
                    : t('feedback.ticket.byOfficial'),
              at: when(data.answeredAt),
            })}
          </Text>
          <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="ticket-answer">
            {data.answer}
          </Text>
          <AnswerRating ticket={data} />
        </Paper>
      )}
      <LgspView ticket={data} />
      {data.statusReason && (
        <Text size="sm">
          {t('feedback.ticket.reason')}: {data.statusReason}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {t('feedback.ticket.audited')}
      </Text>
      {canAnswer && open && <AnswerForm ticket={data} onDone={setNotice} />}
      {canAnswer && (
        <Group>
          {open && (
            <>
              <Button variant="default" onClick={() => setAction('reject')}>
                {t('feedback.action.reject')}
              </Button>
              <Button variant="default" onClick={() => setAction('duplicate')}>
                {t('feedback.action.duplicate')}
              </Button>
            </>
          )}
          {data.status !== 'closed' && (
            <Button variant="default" onClick={() => setAction('close')}>
              {t('feedback.action.close')}
            </Button>
          )}
          {SETTLED_STATUSES.includes(data.status) && (
            <Button variant="default" onClick={() => setAction('reopen')}>
              {t('feedback.action.reopen')}
            </Button>
          )}
        </Group>
      )}
      {action && (
        <ReasonDialog
          ticket={data}
          action={action}
          onClose={() => setAction(null)}
          onDone={(message) => {
            setAction(null);
            setNotice(message);
          }}
        />
      )}
    </Stack>
  );
}

/**
 * The citizen's rating of the answer shown; a rating given before the ticket was reopened belongs to the answer before
 * it, and is said to be so.
 */
function AnswerRating({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  if (ticket.rating === null) return null;
  return (
    <Text size="sm" mt="xs" data-testid="ticket-rating">
      {ticket.ratedAt
        ? t('feedback.ticket.ratingOfAnswer', { rating: ticket.rating })
        : t('feedback.ticket.ratingOfEarlierAnswer', { rating: ticket.rating })}
    </Text>
  );
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/feedback" size="sm">
      {t('feedback.back')}
    </Anchor>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

/** Lower case without Vietnamese marks, as the server compares a typed commune with the catalogue's name. */
function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Where the problem is: the address or commune, and for a shared location its coordinates with a link that opens the
 * point on the map (a page of its own: no map tiles are loaded here).
 */
function PlaceView({ place, purged }: { place: Ticket['place']; purged: boolean }) {
  const { t } = useTranslation();
  if (!place)
    return (
      <Fact label={t('feedback.ticket.place')}>{t(purged ? 'feedback.ticket.erased' : 'feedback.ticket.noPlace')}</Fact>
    );
  // A commune typed alone ("phuong kinh bac") is its own name: shown once.
  const sameAsCommune =
    place.address !== null && place.communeName !== null && folded(place.address) === folded(place.communeName);
  const where = [sameAsCommune ? null : place.address, place.communeName].filter(Boolean).join(' · ');
  return (
    <Fact label={t('feedback.ticket.place')}>
      <Stack gap={2} data-testid="ticket-place">
        <Text size="xs" c="dimmed">
          {t(`feedback.ticket.placeSource.${place.source}`)}
        </Text>
        {where && <Text size="sm">{where}</Text>}
        {place.latitude !== null && place.longitude !== null && (
          <Text size="sm" ff="monospace">
            {t('feedback.ticket.coordinates', {
              latitude: place.latitude.toFixed(5),
              longitude: place.longitude.toFixed(5),
            })}
          </Text>
        )}
        {place.mapUrl && (
          <Anchor href={place.mapUrl} target="_blank" rel="noopener noreferrer" size="sm">
            {t('feedback.ticket.openMap')}
          </Anchor>
        )}
      </Stack>
    </Fact>
  );
}

/**
 * The citizen's photos as thumbnails, each opening the full photo; the bytes come from the admin API with the
 * official's session (each view audited), never from a public address. Photos not received say why.
 */
function PhotoGallery({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const label = t('feedback.ticket.photos');
  if (ticket.photos.length === 0)
    return <Fact label={label}>{t(ticket.purged ? 'feedback.ticket.erased' : 'feedback.ticket.noPhotos')}</Fact>;
  const failureOf = (failure: string) =>
    t(`feedback.ticket.photoFailure.${failure}`, { defaultValue: t('feedback.ticket.photoFailure.other') });
  return (
    <Fact label={label}>
      <Stack gap={4} data-testid="ticket-photos">
        <Group gap="xs">
          {ticket.photos.map((photo) => {
            const n = photo.position + 1;
            if (!photo.url) return null;
            return (
              <Anchor
                key={photo.id}
                href={photo.url}
                target="_blank"
                rel="noopener"
                aria-label={t('feedback.ticket.photoOpen', { n })}
              >
                <Image
                  src={photo.url}
                  alt={t('feedback.ticket.photoAlt', { n, number: ticket.number })}
                  w={120}
                  h={90}
                  fit="cover"
                  radius="sm"
                />
              </Anchor>
            );
          })}
        </Group>
        {ticket.photos.map((photo) => {
          const n = photo.position + 1;
          if (photo.status === 'pending') {
            return (
              <Text key={photo.id} size="xs" c="dimmed">
                {t('feedback.ticket.photoPending', { n })}
              </Text>
            );
          }
          if (!photo.failure) return null;
          // A stored photo can carry a note too (the LGSP refused it): it is shown, with the note.
          const key = photo.url ? 'feedback.ticket.photoNote' : 'feedback.ticket.photoFailed';
          return (
            <Text key={photo.id} size="xs" c="dimmed">
              {t(key, { n, reason: failureOf(photo.failure) })}
            </Text>
          );
        })}
        {ticket.photos.some((photo) => photo.url) && (
          <Text size="xs" c="dimmed">
            {t('feedback.ticket.photoHint')}
          </Text>
        )}
      </Stack>
    </Fact>
  );
}

/** After a change the ticket is read again (an audited read, as it should be: the official sees the new state). */
function useRefreshTicket(number: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['feedback-ticket', number] }),
      queryClient.invalidateQueries({ queryKey: ['feedback-tickets'] }),
    ]);
}

function AnswerForm({ ticket, onDone }: { ticket: Ticket; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshTicket(ticket.number);
  const [text, setText] = useState('');
  const [confirming, setConfirming] = useState(false);
  const answer = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/admin/feedback/tickets/{number}/answer', {
          params: { path: { number: ticket.number } },
          body: { text: text.trim() },
        }),
      ),
    onSuccess: async () => {
      setText('');
      onDone(t('feedback.done.answer'));
      await refresh();
    },
  });
  // The citizen reads it on Zalo at once: asked first, with the answer and who gets it.
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) setConfirming(true);
  };
  const recipient = ticket.contact?.name;
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit}>
      <Stack gap="xs">
        <LgspAnsweredWarning ticket={ticket} />
        <Textarea
          label={t('feedback.answer.label')}
          description={
            ticket.purged
              ? t('feedback.answer.hintErased')
              : // The citizen reads it as written: an English-speaking citizen is answered in English.
                `${t('feedback.answer.hint')}${ticket.language === 'en' ? ` ${t('feedback.answer.hintEnglish')}` : ''}`
          }
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          autosize
          minRows={4}
          maxLength={MAX_ANSWER}
        />
        {answer.error && (
          <Alert color="red" role="alert">
            {problemMessage(t, answer.error)}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={answer.isPending} disabled={!text.trim()}>
            {t('feedback.answer.send')}
          </Button>
        </Group>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('feedback.answer.confirm.title', { number: ticket.number })}
        confirmLabel={t(ticket.purged ? 'feedback.answer.confirm.save' : 'feedback.answer.confirm.send')}
        onConfirm={() => answer.mutate()}
        onClose={() => setConfirming(false)}
      >
        <Text size="sm">
          {ticket.purged
            ? t('feedback.answer.confirm.bodyErased')
            : recipient
              ? t('feedback.answer.confirm.bodyNamed', { name: recipient })
              : t('feedback.answer.confirm.body')}
        </Text>
        <Paper withBorder p="sm" bg="gray.0">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="answer-to-send">
            {text.trim()}
          </Text>
        </Paper>
      </ConfirmDialog>
    </Paper>
  );
}

function ReasonDialog(props: {
  ticket: Ticket;
  action: ReasonAction;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { ticket, action, onClose, onDone } = props;
  const { t } = useTranslation();
  const refresh = useRefreshTicket(ticket.number);
  const [reason, setReason] = useState('');
  const required = REASON_REQUIRED[action];
  const change = useMutation({
    mutationFn: () => {
      const params = { path: { number: ticket.number } };
      const trimmed = reason.trim();
      switch (action) {
        case 'reject':
          return unwrap(api.POST('/api/admin/feedback/tickets/{number}/reject', { params, body: { reason: trimmed } }));
        case 'duplicate':
          return unwrap(
            api.POST('/api/admin/feedback/tickets/{number}/duplicate', { params, body: { reason: trimmed } }),
          );
        case 'close':
          return unwrap(
            api.POST('/api/admin/feedback/tickets/{number}/close', {
              params,
              body: trimmed ? { reason: trimmed } : {},
            }),
          );
        case 'reopen':
          return unwrap(
            api.POST('/api/admin/feedback/tickets/{number}/reopen', {
              params,
              body: trimmed ? { reason: trimmed } : {},
            }),
          );
      }
    },
    onSuccess: async () => {
      // Erased: nobody is left to tell on Zalo, and the notice says so.
      onDone(t(ticket.purged ? `feedback.doneErased.${action}` : `feedback.done.${action}`));
      await refresh();
    },
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t(`feedback.dialog.${action}.title`)}
      closeButtonProps={{ 'aria-label': t('feedback.dialog.cancel') }}
    >
      <Stack>
        <Text size="sm">{t(`feedback.dialog.${action}.${ticket.purged ? 'hintErased' : 'hint'}`)}</Text>
        <Textarea
          label={t(`feedback.dialog.${required ? 'reason' : 'reasonOptional'}${ticket.purged ? 'Erased' : ''}`)}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          autosize
          minRows={3}
          maxLength={MAX_REASON}
          required={required}
        />
        {change.error && (
          <Alert color="red" role="alert">
            {problemMessage(t, change.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('feedback.dialog.cancel')}
          </Button>
          <Button onClick={() => change.mutate()} loading={change.isPending} disabled={required && !reason.trim()}>
            {t(`feedback.dialog.${action}.confirm`)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The handling unit; admins give the ticket to another unit (its officials alone then answer it). */
function UnitAssignment({ ticket, onDone }: { ticket: Schemas['FeedbackTicket']; onDone(notice: string): void }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const { options, nameOf } = useUnits();
  const queryClient = useQueryClient();
  const assign = useMutation({
    mutationFn: (unitCode: string) =>
      unwrap(
        api.POST('/api/admin/feedback/tickets/{number}/assign', {
          params: { path: { number: ticket.number } },
          body: { unitCode },
        }),
      ),
    onSuccess: (_data, unitCode) => {
      onDone(t('feedback.ticket.assigned', { unit: nameOf(unitCode) }));
      return queryClient.invalidateQueries({ queryKey: ['feedback-ticket', ticket.number] });
    },
  });
  if (!can('feedback.manage') || options.length === 0) return <>{nameOf(ticket.unitCode) ?? '—'}</>;
  return (
    <Stack gap={4}>
      <Select
        // Named as the field's label on screen: a screen reader says what a sighted official reads.
        aria-label={t('feedback.ticket.unit')}
        placeholder={t('feedback.ticket.noUnit')}
        data={options}
        value={ticket.unitCode}
        onChange={(value) => value && value !== ticket.unitCode && assign.mutate(value)}
        disabled={assign.isPending}
        allowDeselect={false}
        searchable
        maw={320}
      />
      {assign.error && (
        <Text c="red.9" size="sm" role="alert">
          {problemMessage(t, assign.error)}
        </Text>
      )}
    </Stack>
  );
}
