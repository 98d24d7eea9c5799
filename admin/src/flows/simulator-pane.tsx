import {
  Alert,
  Badge,
  Box,
  Button,
  Code,
  Group,
  Paper,
  ScrollArea,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../api/client';
import { problemMessage } from '../auth/problem-message';

type OutboundMessage = Schemas['OutboundMessage'];
type Effect = Schemas['Effect'];

/**
 * Runs the draft in the real engine, in memory, against the official's typed citizen messages: the bot's answers as
 * the phone would show them, and the writes the turn would do, shown, never performed. Each send replays the whole
 * conversation, so an edit of the draft shows at once in a new run.
 */
export function SimulatorPane({ draft }: { draft: string }) {
  const { t } = useTranslation();
  const [messages, setMessages] = useState<string[]>([]);
  // What the citizen saw themselves send: a tapped button's title rather than its payload.
  const [shown, setShown] = useState<string[]>([]);
  const [typed, setTyped] = useState('');
  // "auto": the citizen starts in Vietnamese and writing plainly in English switches, as on Zalo; VI and EN are a
  // language the citizen chose, kept whatever they type.
  const [language, setLanguage] = useState<'auto' | 'vi' | 'en'>('auto');
  const simulate = useMutation({
    mutationFn: (list: string[]) =>
      unwrap(
        api.POST('/api/admin/flows/simulate', {
          body: { messages: list, drafts: [{ yaml: draft }], ...(language === 'auto' ? {} : { language }) },
        }),
      ),
  });

  const send = (text: string, label?: string) => {
    const trimmed = text.trim();
    if (!trimmed) return;
    const next = [...messages, trimmed];
    setMessages(next);
    setShown([...shown, label ?? trimmed]);
    setTyped('');
    simulate.mutate(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send(typed);
  };
  const restart = () => {
    setMessages([]);
    setShown([]);
    simulate.reset();
  };

  const transcript = simulate.data?.transcript ?? [];
  return (
    <Stack h="100%" gap="xs" data-testid="simulator">
      <Group justify="space-between" wrap="nowrap">
        <Title order={2} size="h5">
          {t('simulator.title')}
        </Title>
        <Group gap="xs" wrap="nowrap">
          <SegmentedControl
            size="xs"
            aria-label={t('simulator.language')}
            value={language}
            onChange={(value) => setLanguage(value === 'en' ? 'en' : value === 'vi' ? 'vi' : 'auto')}
            data={[
              { value: 'auto', label: t('simulator.languageAuto') },
              { value: 'vi', label: 'VI' },
              { value: 'en', label: 'EN' },
            ]}
          />
          <Button size="xs" variant="default" onClick={restart} disabled={messages.length === 0}>
            {t('simulator.restart')}
          </Button>
        </Group>
      </Group>
      <Text size="xs" c="dimmed">
        {t('simulator.hint')}
      </Text>
      <ScrollArea flex={1} type="auto" bg="gray.1" p="xs" style={{ borderRadius: 8 }}>
        <Stack gap="xs" aria-live="polite">
          {transcript.map((turn, index) => (
            <Stack key={index} gap={4}>
              <CitizenBubble text={shown[index] ?? turn.citizen} />
              {turn.bot.map((message, messageIndex) => (
                <BotMessage key={messageIndex} message={message} onQuery={send} />
              ))}
              {turn.effects.length > 0 && <Effects effects={turn.effects} />}
            </Stack>
          ))}
          {simulate.isPending && (
            <Text size="xs" c="dimmed">
              {t('simulator.running')}
            </Text>
          )}
        </Stack>
      </ScrollArea>
      {simulate.error && (
        <Alert color="red" role="alert">
          {problemMessage(t, simulate.error)}
        </Alert>
      )}
      {simulate.data && simulate.data.problems.length > 0 && (
        <Text size="xs" c="red.9">
          {t('simulator.draftProblems', { count: simulate.data.problems.length })}
        </Text>
      )}
      <form onSubmit={submit}>
        <Group gap="xs" wrap="nowrap">
          <TextInput
            flex={1}
            aria-label={t('simulator.message')}
            placeholder={t('simulator.placeholder')}
            value={typed}
            maxLength={2000}
            onChange={(event) => setTyped(event.currentTarget.value)}
          />
          <Button type="submit" loading={simulate.isPending} disabled={!typed.trim()}>
            {t('simulator.send')}
          </Button>
        </Group>
      </form>
    </Stack>
  );
}

function CitizenBubble({ text }: { text: string }) {
  return (
    <Group justify="flex-end">
      <Paper px="sm" py={6} bg="blue.8" c="white" maw="85%" radius="md" data-testid="citizen-message">
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {text}
        </Text>
      </Paper>
    </Group>
  );
}

function BotMessage({ message, onQuery }: { message: OutboundMessage; onQuery(payload: string, title: string): void }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-start">
      <Paper px="sm" py={6} withBorder maw="85%" radius="md" data-testid="bot-message">
        {message.kind === 'text' && (
          <Stack gap={6}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {message.text}
            </Text>
            {message.buttons?.map((button, index) => {
              const action = button.action;
              if (action.type === 'query') {
                return (
                  <Button
                    key={index}
                    size="compact-sm"
                    variant="light"
                    onClick={() => onQuery(action.payload, button.title)}
                  >
                    {button.title}
                  </Button>
                );
              }
              return (
                <Button key={index} size="compact-sm" variant="default" disabled title={t('simulator.notInSimulator')}>
                  {button.title} ({action.type === 'url' ? action.url : action.phone})
                </Button>
              );
            })}
          </Stack>
        )}
        {message.kind === 'image' && (
          <Text size="sm">
            {t('simulator.image')}: {message.caption ?? message.imageUrl}
          </Text>
        )}
        {message.kind === 'request_user_info' && (
          <Stack gap={2}>
            <Badge size="xs" variant="dot">
              {t('simulator.contactCard')}
            </Badge>
            <Text size="sm" fw={600}>
              {message.title}
            </Text>
            <Text size="xs">{message.subtitle}</Text>
          </Stack>
        )}
      </Paper>
    </Group>
  );
}

function Effects({ effects }: { effects: Effect[] }) {
  const { t } = useTranslation();
  return (
    <Box pl="xs" data-testid="effects">
      <Text size="xs" fw={600} c="grape.8">
        {t('simulator.wouldWrite')}
      </Text>
      {effects.map((effect) => (
        <Text key={effect.key} size="xs" style={{ wordBreak: 'break-word' }}>
          <Code>{effect.type}</Code> {JSON.stringify(effect.payload)}
        </Text>
      ))}
    </Box>
  );
}
