import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../auth/session';
import { Dashboard } from './dashboard';
import { NAVIGATION, screenHintKey } from './navigation';

export function HomePage() {
  const { t } = useTranslation();
  const { session, can } = useSession();
  const screens = NAVIGATION.filter((item) => item.permission && can(item.permission));
  return (
    <Stack maw={1000}>
      <Title order={1} size="h3">
        {t('home.title', { email: session?.email })}
      </Title>
      {screens.length === 0 ? (
        <Text>{t('home.nothing')}</Text>
      ) : (
        <>
          <Dashboard />
          <Text id="home-screens">{t('home.intro')}</Text>
          <List aria-labelledby="home-screens">
            {screens.map((item) => (
              <List.Item key={item.to}>
                <Anchor component={Link} to={item.to}>
                  {t(item.labelKey)}
                </Anchor>
                {': '}
                {t(screenHintKey(item, can))}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Stack>
  );
}
