import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { NotAllowed } from '../shell/not-allowed';
import type { AdminPermission } from './permissions';
import { useSession } from './session';

/** Signed-in screens: the sign-in page otherwise, coming back here afterwards. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const location = useLocation();
  if (session === undefined) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  if (session === null) {
    const back = location.pathname + location.search;
    return <Navigate to="/sign-in" replace state={{ back }} />;
  }
  return children;
}

/** A screen the role may not open says so plainly (the server refuses its requests anyway). */
export function RequirePermission({ permission, children }: { permission: AdminPermission; children: ReactNode }) {
  const { can } = useSession();
  return can(permission) ? children : <NotAllowed />;
}
