import { AppShell, Burger, Button, Group, Menu, NavLink, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, Outlet, useNavigate } from 'react-router';
import { useSession } from '../auth/session';
import { LanguageSwitch } from './language-switch';
import { NAVIGATION } from './navigation';
import { PageLoader } from './page-loader';

export function AppShellLayout() {
  const { t } = useTranslation();
  const { session, can, signOut } = useSession();
  const navigate = useNavigate();
  const [opened, { toggle, close }] = useDisclosure();

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('shell.menu')} />
            <Title order={2} size="h4">
              {t('shell.title')}
            </Title>
          </Group>
          <Group wrap="nowrap">
            <LanguageSwitch />
            <Menu position="bottom-end">
              <Menu.Target>
                <Button variant="subtle" data-testid="account-menu">
                  {session?.email}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{session?.roles.map((role) => t(`role.${role}`)).join(', ')}</Menu.Label>
                <Menu.Item onClick={() => void navigate('/account/password')}>{t('shell.changePassword')}</Menu.Item>
                <Menu.Item onClick={() => void navigate('/account/tokens')}>{t('shell.apiTokens')}</Menu.Item>
                <Menu.Item color="red" onClick={() => void signOut().then(() => navigate('/sign-in'))}>
                  {t('shell.signOut')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('shell.navigation')}>
        {NAVIGATION.filter((item) => !item.permission || can(item.permission)).map((item) => (
          <NavLink
            key={item.to}
            component={RouterNavLink}
            to={item.to}
            end={item.end}
            label={t(item.labelKey)}
            variant="filled"
            onClick={close}
          />
        ))}
        <Text size="xs" c="dimmed" mt="auto" p="xs">
          zalo-egov
        </Text>
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
