import { and, count, eq, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import { announcementSubscriptions, anonymiseCitizenRecipients } from './announcements/index.js';
import { citizenContactHolder, type PersonalDataHolder } from './citizens/index.js';
import { eraseCitizenSession, handoffPersonalData } from './conversation/index.js';
import { feedbackPersonalData, handoffFilePurge, type PhotoStore } from './feedback/index.js';
import { lgspDossierFollows } from './lgsp/index.js';
import { countCitizenConversation, eraseCitizenConversation } from './messaging/index.js';

/**
 * Everything the service keeps about one citizen that they may see and have erased in chat (Law 91/2025/QH15), in the
 * order the summary lists it. Sessions are not listed: they hold where a conversation stands (read as over after the
 * session's lifetime, its answers dropped when nothing runs but a report kept aside for another subject, which goes
 * with the session too) and, beyond it, only whether the citizen chose their language themselves, a preference like
 * the language on their record; rows silent for the retention period go, and a citizen's erasure (in chat or by an
 * admin) deletes theirs with the conversation.
 */
export function createPersonalDataHolders(deps: {
  photos: Pick<PhotoStore, 'remove'>;
  /** Photos fetched for a report not sent yet (raw, as the citizen sent them). */
  photoIntake?: Pick<PhotoStore, 'remove'>;
  /** Photos and files the citizen sent during handoffs: erased with the handoffs. */
  handoffFiles?: Pick<PhotoStore, 'remove'>;
  clock?: () => Date;
}): PersonalDataHolder[] {
  const clock = deps.clock ?? (() => new Date());
  return [
    feedbackPersonalData(deps.photos, deps.photoIntake ? { intake: deps.photoIntake } : {}),
    // The follows in effect, the ones "hồ sơ đang theo dõi" lists.
    followsHolder('follows', isNull(lgspDossierFollows.endedAt)),
    // Follows that ended (stopped by the citizen, the dossier finished, the follow limit passed) stay until the
    // retention purge (CONVERSATION_RETENTION_DAYS after they ended): still kept, so shown, but not as followed.
    followsHolder('endedFollows', isNotNull(lgspDossierFollows.endedAt)),
    {
      name: 'subscriptions',
      // After "hủy đăng ký" only the refusal is kept (no topic, no commune): no subscription to list.
      async count(db, citizenId) {
        const [row] = await db
          .select({ n: count() })
          .from(announcementSubscriptions)
          .where(
            and(eq(announcementSubscriptions.citizenId, citizenId), isNull(announcementSubscriptions.unsubscribedAt)),
          );
        return row?.n ?? 0;
      },
      // The topics go; a refusal of every announcement stays, or erasing would bring announcements back.
      async erase(db, citizenId) {
        const gone = await db
          .delete(announcementSubscriptions)
          .where(
            and(eq(announcementSubscriptions.citizenId, citizenId), isNull(announcementSubscriptions.unsubscribedAt)),
          )
          .returning({ id: announcementSubscriptions.citizenId });
        const kept = await db
          .update(announcementSubscriptions)
          .set({ topics: sql`'{}'::text[]` })
          .where(eq(announcementSubscriptions.citizenId, citizenId))
          .returning({ id: announcementSubscriptions.citizenId });
        return gone.length + kept.length;
      },
    },
    {
      // Their times, unit and rating stay for the statistics, without the citizen's id; the photos and files the
      // citizen sent go (rows, then the objects after the commit).
      name: 'handoffs',
      count: (db, citizenId) => handoffPersonalData.count(db, citizenId),
      describe: (db, citizenId) => handoffPersonalData.describe(db, citizenId),
      async erase(db, citizenId) {
        if (deps.handoffFiles) await handoffFilePurge.eraseCitizen(db, deps.handoffFiles, citizenId);
        const erased = await handoffPersonalData.erase(db, citizenId, clock());
        // A turn that committed a file between the two (the citizen writing at that moment) still leaves no file.
        if (deps.handoffFiles) await handoffFilePurge.eraseCitizen(db, deps.handoffFiles, citizenId);
        return erased;
      },
    },
    citizenContactHolder,
    {
      // What the citizen wrote (a phone number, a place, a description) and what was sent to them: erased at their
      // request too, not only after CONVERSATION_RETENTION_DAYS.
      name: 'conversation',
      inTotal: false,
      count: (db, citizenId) => countCitizenConversation(db, citizenId),
      async erase(db, citizenId) {
        // Before the delivery records go: the announcements they received stop naming them, their outcomes stay
        // counted (an announcement's "seen" does not become a purged record).
        await anonymiseCitizenRecipients(db, citizenId);
        const erased = await eraseCitizenConversation(db, citizenId);
        // The conversation in flight too: answers, a report kept aside, the buttons last shown (with their codes).
        await eraseCitizenSession(db, citizenId);
        return erased;
      },
    },
  ];
}

/** The citizen's dossier follows that `which` selects: counted, and erased at their request. */
function followsHolder(name: string, which: SQL): PersonalDataHolder {
  const theirs = (citizenId: string) => and(eq(lgspDossierFollows.citizenId, citizenId), which);
  return {
    name,
    async count(db, citizenId) {
      const [row] = await db.select({ n: count() }).from(lgspDossierFollows).where(theirs(citizenId));
      return row?.n ?? 0;
    },
    async erase(db, citizenId) {
      const gone = await db
        .delete(lgspDossierFollows)
        .where(theirs(citizenId))
        .returning({ id: lgspDossierFollows.id });
      return gone.length;
    },
  };
}
