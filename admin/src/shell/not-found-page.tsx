import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={1} size="h3">
        {t('notFound.title')}
      </Title>
      <Text>
        <Anchor component={Link} to="/">
          {t('notFound.home')}
        </Anchor>
      </Text>
    </Stack>
  );
}
