import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';

const COLORS = { live: 'green', previous: 'gray', draft: 'orange' } as const;

export function ReleaseStatusBadge({ status }: { status: Schemas['ReleaseSummary']['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="dot">
      {t(`releases.status.${status}`)}
    </Badge>
  );
}
