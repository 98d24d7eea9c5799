import fs from 'node:fs/promises';
import path from 'node:path';
import { asc } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../platform/db.js';
import { sandboxCitizens } from '../schema.js';
import type { ConversationItem, SimulatedCitizenStore } from './zalo-simulator.js';

const sharedInfoSchema = z.object({ name: z.string(), phone: z.string(), address: z.string() }).nullable();
const tagsSchema = z.array(z.string());

const itemLineSchema = z.object({
  citizenId: z.string(),
  item: z.looseObject({ seq: z.number().int(), direction: z.enum(['in', 'out', 'refused']) }),
});

/**
 * Simulated citizens in the product's database (table `sandbox_citizens`); with `dataDir`, their chat as the phone
 * shows it, one JSON line per item in `DATA_DIR/sandbox-chat.jsonl` (sandbox only; a damaged line is skipped).
 */
export function createSimulatedCitizenStore(db: Db, dataDir?: string): SimulatedCitizenStore {
  const chatFile = dataDir === undefined ? undefined : path.join(dataDir, 'sandbox-chat.jsonl');
  const chatLines = chatFile === undefined ? undefined : createLineAppender(chatFile);
  return {
    ...(chatFile && chatLines
      ? {
          saveItem: (citizenId: string, item: ConversationItem) =>
            chatLines.append(`${JSON.stringify({ citizenId, item })}\n`),
          close: () => chatLines.close(),
          async loadItems() {
            const text = await fs.readFile(chatFile, 'utf8').catch(() => '');
            return text.split('\n').flatMap((line) => {
              if (!line.trim()) return [];
              try {
                const parsed = itemLineSchema.safeParse(JSON.parse(line));
                return parsed.success
                  ? [{ citizenId: parsed.data.citizenId, item: parsed.data.item as unknown as ConversationItem }]
                  : [];
              } catch {
                return [];
              }
            });
          },
        }
      : {}),
    async load() {
      const rows = await db.select().from(sandboxCitizens).orderBy(asc(sandboxCitizens.createdAt));
      return rows.map((row) => ({
        id: row.id,
        userIdByApp: row.userIdByApp,
        displayName: row.displayName,
        following: row.following,
        lastInteractionAt: row.lastInteractionAt?.getTime(),
        sharedInfo: sharedInfoSchema.catch(null).parse(row.sharedInfo) ?? undefined,
        tags: new Set(tagsSchema.catch([]).parse(row.tags)),
      }));
    },
    async save(citizen) {
      const values = {
        userIdByApp: citizen.userIdByApp,
        displayName: citizen.displayName,
        following: citizen.following,
        lastInteractionAt: citizen.lastInteractionAt === undefined ? null : new Date(citizen.lastInteractionAt),
        sharedInfo: citizen.sharedInfo ?? null,
        tags: [...citizen.tags],
      };
      await db
        .insert(sandboxCitizens)
        .values({ id: citizen.id, ...values })
        .onConflictDoUpdate({ target: sandboxCitizens.id, set: values });
    },
  };
}

/**
 * Appends lines to a file through one handle kept open, the lines that come while a write is under way going out
 * together in the next one (a file opened, written and closed per line cost the simulated Zalo a seventh of its CPU
 * at a benchmark's hundreds of messages a second). Each `append` resolves once its line is written; order is kept.
 */
function createLineAppender(file: string): { append(line: string): Promise<void>; close(): Promise<void> } {
  let handle: Promise<fs.FileHandle> | undefined;
  let queued: { lines: string[]; written: Promise<void> } | undefined;
  // The last write, never rejecting: the next batch starts when it is done.
  let writing: Promise<void> = Promise.resolve();
  let closed = false;
  const letGo = (open: Promise<fs.FileHandle> | undefined) =>
    open?.then((opened) => opened.close()).catch(() => undefined);
  const writeLines = async (lines: string[]) => {
    // A line that comes after `close` (a request still finishing at shutdown) is written without keeping the file.
    if (closed) return fs.appendFile(file, lines.join(''));
    handle ??= fs.open(file, 'a');
    try {
      await (await handle).appendFile(lines.join(''));
    } catch (error) {
      await letGo(handle);
      handle = undefined;
      throw error;
    }
  };
  return {
    append(line) {
      if (!queued) {
        const lines: string[] = [];
        const written = writing.then(() => {
          queued = undefined;
          return writeLines(lines);
        });
        writing = written.catch(() => undefined);
        queued = { lines, written };
      }
      queued.lines.push(line);
      return queued.written;
    },
    async close() {
      closed = true;
      await writing;
      const open = handle;
      handle = undefined;
      await letGo(open);
    },
  };
}
