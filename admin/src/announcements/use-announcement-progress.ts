import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client';
import type { AnnouncementStatus } from './announcement-status';

export type AnnouncementProgress = Schemas['AnnouncementProgress'];

/** How often the progress is read again while the announcement may still change. */
const POLL_MS = 3000;
const LIVE: readonly AnnouncementStatus[] = ['scheduled', 'sending'];
const FINISHED: readonly AnnouncementStatus[] = ['sent', 'cancelled'];

/**
 * The live delivery counts of an announcement. Polls the progress endpoint every few seconds while it is scheduled or
 * sending, and after it is sent while messages it handed over still wait in the delivery queue (`sent` comes as soon
 * as every recipient is handed over: stopping then would leave the counts stuck short of the total). The one place to switch to the server-sent events of `GET /api/admin/announcements/:id/events` once they
 * exist (same answer shape): only this hook changes, the screens stay.
 */
export function useAnnouncementProgress(id: string, status: AnnouncementStatus) {
  return useQuery({
    queryKey: ['announcement-progress', id],
    queryFn: () => unwrap(api.GET('/api/admin/announcements/{id}/progress', { params: { path: { id } } })),
    // Live while either says so: the progress read before a change of status (the page's own, or the progress's
    // next) must not stop the polling.
    refetchInterval: (query) => {
      const data = query.state.data;
      const read = data?.status;
      // Sent (every recipient handed over) while some messages still wait for delivery: the counts still move.
      const stillQueued = data !== undefined && data.pending + data.queued > 0 && FINISHED.includes(read ?? status);
      return LIVE.includes(status) || (read !== undefined && LIVE.includes(read)) || stillQueued ? POLL_MS : false;
    },
  });
}
