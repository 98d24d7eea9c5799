import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client';
import type { AnnouncementStatus } from './announcement-status';

export type AnnouncementProgress = Schemas['AnnouncementProgress'];

/** How often the progress is read again while the announcement may still change. */
const POLL_MS = 3000;
const LIVE: readonly AnnouncementStatus[] = ['scheduled', 'sending'];

/**
 * The live delivery counts of an announcement. Polls the progress endpoint every few seconds while it is scheduled or
 * sending. The one place to switch to the server-sent events of `GET /api/admin/announcements/:id/events` once they
 * exist (same answer shape): only this hook changes, the screens stay.
 */
export function useAnnouncementProgress(id: string, status: AnnouncementStatus) {
  return useQuery({
    queryKey: ['announcement-progress', id],
    queryFn: () => unwrap(api.GET('/api/admin/announcements/{id}/progress', { params: { path: { id } } })),
    // Live while either says so: the progress read before a change of status (the page's own, or the progress's
    // next) must not stop the polling.
    refetchInterval: (query) => {
      const read = query.state.data?.status;
      return LIVE.includes(status) || (read !== undefined && LIVE.includes(read)) ? POLL_MS : false;
    },
  });
}
