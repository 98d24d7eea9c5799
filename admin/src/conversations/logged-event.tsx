import { Anchor, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { components } from '../api/schema';

export type LoggedEvent = components['schemas']['LoggedEvent'];

/** Coordinates as people read them: six decimals (about 10 cm), a dot whatever the language. */
function coordinate(value: number): string {
  return String(Number(value.toFixed(6)));
}

/** OpenStreetMap centred on a shared place, with a marker on it. */
export function mapLink(latitude: number, longitude: number): string {
  const lat = coordinate(latitude);
  const lon = coordinate(longitude);
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;
}

/** One line saying what a message without text was (the handoff list's last message). */
export function loggedEventSummary(t: TFunction, event: LoggedEvent): string {
  switch (event.type) {
    case 'location':
      return t('conversation.event.location', {
        latitude: coordinate(event.latitude),
        longitude: coordinate(event.longitude),
      });
    case 'contact':
      return t('conversation.event.contact', {
        details: [event.name, event.phone].filter(Boolean).join(' ') || t('conversation.event.contactEmpty'),
      });
    case 'unsupported':
      return t('conversation.event.unsupported', {
        what: t(`conversation.event.unsupportedKind.${event.original}`, {
          defaultValue: t('conversation.event.unsupportedKind.other'),
        }),
      });
    case 'tapped':
      return t('conversation.event.tapped', { title: event.title });
    case 'unprocessed':
    case 'other':
      return t(`conversation.event.${event.type}`, { name: event.original });
    default:
      return t(`conversation.event.${event.type}`);
  }
}

/** A message without text in the conversation log: a shared place with its address and a map link, a contact… */
export function LoggedEventText({ event }: { event: LoggedEvent }) {
  const { t } = useTranslation();
  const summary = loggedEventSummary(t, event);
  if (event.type === 'location') {
    return (
      <Stack gap={2} data-testid="logged-event">
        <Text size="sm">{summary}</Text>
        {event.address && <Text size="sm">{t('conversation.event.address', { address: event.address })}</Text>}
        <Anchor href={mapLink(event.latitude, event.longitude)} target="_blank" rel="noopener noreferrer" size="sm">
          {t('conversation.event.map')}
        </Anchor>
      </Stack>
    );
  }
  return (
    <Stack gap={2} data-testid="logged-event">
      <Text size="sm">{summary}</Text>
      {event.type === 'contact' && event.address && (
        <Text size="xs" c="dimmed">
          {t('conversation.event.contactAddress')}
        </Text>
      )}
    </Stack>
  );
}
