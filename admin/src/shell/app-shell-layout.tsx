import { AppShell, Avatar, Box, Burger, Button, Group, Menu, NavLink, ScrollArea, Text, Title } from '@mantine/core';
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
        {/* One row at any width: on a phone the title gives way (cut short), the language switch says VI/EN and the
            account menu shows an avatar, so nothing spills out of the screen. */}
        <Group h="100%" px={{ base: 'xs', sm: 'md' }} gap="xs" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap" gap="xs" miw={0}>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('shell.menu')} />
            <Title
              order={2}
              size="h4"
              style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', minWidth: 0 }}
            >
              {t('shell.title')}
            </Title>
          </Group>
          <Group wrap="nowrap" gap="xs" style={{ flexShrink: 0 }}>
            <LanguageSwitch />
            <Menu position="bottom-end">
              <Menu.Target>
                <Button variant="subtle" px="xs" data-testid="account-menu" aria-label={session?.email}>
                  <Avatar component="span" size="sm" hiddenFrom="sm" name={session?.email} color="initials" />
                  <Box component="span" visibleFrom="sm">
                    {session?.email}
                  </Box>
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label hiddenFrom="sm">{session?.email}</Menu.Label>
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
        {/* Scrolls when the screen is shorter than the list (a phone held sideways). */}
        <AppShell.Section grow component={ScrollArea}>
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
        </AppShell.Section>
        <Text size="xs" c="dimmed" p="xs">
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
