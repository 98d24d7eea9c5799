import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { deadlineParts } from '../conversations/format';

/** A ticket's deadline ("by the end of 18/12/2026" when it ends a day), and whether it is past (open tickets only). */
export function Deadline({ dueAt, overdue }: { dueAt: string | null; overdue: boolean }) {
  const { t, i18n } = useTranslation();
  if (!dueAt) return <>—</>;
  const parts = deadlineParts(dueAt, i18n.language);
  return (
    <Group gap={6} wrap="nowrap" component="span" data-testid="deadline">
      <Text size="sm" span>
        {'endOfDay' in parts ? t('feedback.dueEndOf', { day: parts.endOfDay }) : parts.at}
      </Text>
      {overdue && (
        <Badge color="red.9" size="sm" data-testid="overdue">
          {t('feedback.overdue')}
        </Badge>
      )}
    </Group>
  );
}
