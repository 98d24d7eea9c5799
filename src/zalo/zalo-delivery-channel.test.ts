import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../platform/db.js';
import { createLogger } from '../platform/logger.js';
import type { ZaloClient } from './zalo-client.js';
import { createZaloDeliveryChannel, type ZaloDeliveryChannelDeps } from './zalo-delivery-channel.js';

const PDF = Buffer.from('%PDF-1.4 mẫu đơn');

/** A canned reply's file message as delivery stores it, before the upload. */
const fileDelivery = (url: string) => ({
  id: 'delivery-1',
  citizenId: 'citizen-1',
  purpose: 'reply' as const,
  payload: { attachment: { type: 'file', payload: { url, name: 'mau-don.pdf' } } },
});

describe("a file message's download", () => {
  let server: Server;
  let base: string;
  let requests = 0;
  beforeAll(async () => {
    server = createServer((_req, res) => {
      requests += 1;
      res.writeHead(200, { 'content-type': 'application/pdf' }).end(PDF);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  function channelWith(fileSources?: ZaloDeliveryChannelDeps['fileSources']) {
    const uploads: Buffer[] = [];
    const client = {
      uploadFile: async (file: { data: Buffer }) => {
        uploads.push(file.data);
        return { token: 'file-token' };
      },
      sendMessage: async () => ({ messageId: 'zalo-message-1' }),
    } as unknown as ZaloClient;
    const channel = createZaloDeliveryChannel({
      // Sending reads no citizen: admission is delivery's, before the call.
      db: {} as Db,
      client,
      csWindowDays: 7,
      logger: createLogger({ level: 'silent' }),
      ...(fileSources ? { fileSources } : {}),
    });
    return { channel, uploads };
  }

  it('refuses an address on this machine when sandbox mode is off: failed for good, nothing fetched', async () => {
    const { channel, uploads } = channelWith({ allowNonPublic: false });
    const before = requests;
    expect(await channel.send(fileDelivery(`${base}/mau-don.pdf`), new Date())).toEqual({
      kind: 'failed',
      reason: 'file_unusable: file address refused: 127.0.0.1 is not a public address',
    });
    const named = await channel.send(fileDelivery(`${base.replace('127.0.0.1', 'localhost')}/a.pdf`), new Date());
    expect(named).toMatchObject({
      kind: 'failed',
      reason: expect.stringMatching(/^file_unusable: .*localhost resolves/),
    });
    // The default, without configuration, is the same.
    expect(await channelWith().channel.send(fileDelivery(`${base}/mau-don.pdf`), new Date())).toMatchObject({
      kind: 'failed',
    });
    expect(requests).toBe(before);
    expect(uploads).toEqual([]);
  });

  it('fetches it in sandbox mode, whose simulated Zalo and files are on this machine', async () => {
    const { channel, uploads } = channelWith({ allowNonPublic: true });
    expect(await channel.send(fileDelivery(`${base}/mau-don.pdf`), new Date())).toEqual({
      kind: 'sent',
      messageId: 'zalo-message-1',
    });
    expect(uploads).toEqual([PDF]);
  });

  it("retries a host that does not answer, as a failed download, not as an outage of this server's own", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const { channel } = channelWith({ allowNonPublic: true });
    expect(await channel.send(fileDelivery(`http://127.0.0.1:${port}/a.pdf`), new Date())).toMatchObject({
      kind: 'retry',
      reason: expect.stringMatching(/^file_download_failed: .*ECONNREFUSED/),
    });
  });
});
