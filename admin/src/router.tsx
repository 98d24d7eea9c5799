import { lazy } from 'react';
import { createBrowserRouter, Outlet } from 'react-router';
import { AccountsPage } from './accounts/accounts-page';
import { AnnouncementsListPage } from './announcements/announcements-list-page';
import { ChangePasswordPage } from './auth/change-password-page';
import { RequirePermission, RequireSession } from './auth/guards';
import { SessionProvider } from './auth/session';
import { SignInPage } from './auth/sign-in-page';
import { ConversationPage } from './conversations/conversation-page';
import { HandoffsPage } from './conversations/handoffs-page';
import { FeedbackInboxPage } from './feedback/feedback-inbox-page';
import { FeedbackTicketPage } from './feedback/feedback-ticket-page';
import { FlowsListPage } from './flows/flows-list-page';
import { ReleasesPage } from './releases/releases-page';
import { AppShellLayout } from './shell/app-shell-layout';
import { TextsEditorPage } from './texts/texts-editor-page';
import { TextsListPage } from './texts/texts-list-page';
import { HomePage } from './shell/home-page';
import { NotFoundPage } from './shell/not-found-page';

// CodeMirror and the simulator load with the flow screen only: sign-in and lists stay light.
const FlowEditorPage = lazy(() => import('./flows/flow-editor-page'));
const FlowHistoryPage = lazy(() => import('./flows/flow-history-page'));
// Less used screens load when opened.
const AnnouncementPage = lazy(() => import('./announcements/announcement-page'));
const TopicsPage = lazy(() => import('./announcements/topics-page'));
const UnderstandingMissesPage = lazy(() => import('./understanding/misses-page'));
const ProvinceSettingsPage = lazy(() => import('./settings/province-settings-page'));
const ConnectionsPage = lazy(() => import('./settings/connections-page'));
const AuditPage = lazy(() => import('./settings/audit-page'));
const FailuresPage = lazy(() => import('./settings/failures-page'));
const CannedRepliesPage = lazy(() => import('./settings/canned-replies-page'));
const ApiTokensPage = lazy(() => import('./auth/api-tokens-page'));
const FeedbackRoutingPage = lazy(() => import('./feedback/feedback-routing-page'));

function Root() {
  return (
    <SessionProvider>
      <Outlet />
    </SessionProvider>
  );
}

export const router = createBrowserRouter(
  [
    {
      element: <Root />,
      children: [
        { path: 'sign-in', element: <SignInPage /> },
        {
          element: (
            <RequireSession>
              <AppShellLayout />
            </RequireSession>
          ),
          children: [
            { index: true, element: <HomePage /> },
            { path: 'account/password', element: <ChangePasswordPage /> },
            { path: 'account/tokens', element: <ApiTokensPage /> },
            {
              path: 'flows',
              element: (
                <RequirePermission permission="flows.read">
                  <Outlet />
                </RequirePermission>
              ),
              children: [
                { index: true, element: <FlowsListPage /> },
                { path: ':flowId', element: <FlowEditorPage /> },
                { path: ':flowId/history', element: <FlowHistoryPage /> },
              ],
            },
            {
              path: 'accounts',
              element: (
                <RequirePermission permission="accounts.manage">
                  <AccountsPage />
                </RequirePermission>
              ),
            },
            {
              path: 'announcements',
              element: (
                <RequirePermission permission="announcements.read">
                  <Outlet />
                </RequirePermission>
              ),
              children: [
                { index: true, element: <AnnouncementsListPage /> },
                {
                  path: 'new',
                  element: (
                    <RequirePermission permission="announcements.write">
                      <AnnouncementPage />
                    </RequirePermission>
                  ),
                },
                { path: 'topics', element: <TopicsPage /> },
                { path: ':id', element: <AnnouncementPage /> },
              ],
            },
            {
              path: 'understanding',
              element: (
                <RequirePermission permission="understanding.review">
                  <UnderstandingMissesPage />
                </RequirePermission>
              ),
            },
            {
              path: 'settings',
              element: (
                <RequirePermission permission="settings.manage">
                  <ProvinceSettingsPage />
                </RequirePermission>
              ),
            },
            {
              path: 'connections',
              element: (
                <RequirePermission permission="zalo.connect">
                  <ConnectionsPage />
                </RequirePermission>
              ),
            },
            {
              path: 'audit',
              element: (
                <RequirePermission permission="audit.read">
                  <AuditPage />
                </RequirePermission>
              ),
            },
            {
              path: 'failures',
              element: (
                <RequirePermission permission="events.replay">
                  <FailuresPage />
                </RequirePermission>
              ),
            },
            {
              path: 'canned-replies',
              element: (
                <RequirePermission permission="settings.manage">
                  <CannedRepliesPage />
                </RequirePermission>
              ),
            },
            {
              path: 'releases',
              element: (
                <RequirePermission permission="flows.read">
                  <ReleasesPage />
                </RequirePermission>
              ),
            },
            {
              path: 'feedback',
              element: (
                <RequirePermission permission="feedback.read">
                  <Outlet />
                </RequirePermission>
              ),
              children: [
                { index: true, element: <FeedbackInboxPage /> },
                { path: 'routing', element: <FeedbackRoutingPage /> },
                { path: ':number', element: <FeedbackTicketPage /> },
              ],
            },
            {
              path: 'texts',
              element: (
                <RequirePermission permission="flows.read">
                  <Outlet />
                </RequirePermission>
              ),
              children: [
                { index: true, element: <TextsListPage /> },
                { path: ':namespace', element: <TextsEditorPage /> },
              ],
            },
            {
              element: (
                <RequirePermission permission="conversations.read">
                  <Outlet />
                </RequirePermission>
              ),
              children: [
                { path: 'handoffs', element: <HandoffsPage /> },
                { path: 'conversations/:citizenId', element: <ConversationPage /> },
              ],
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ],
  { basename: '/admin' },
);
