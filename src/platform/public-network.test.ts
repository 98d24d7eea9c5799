import dns from 'node:dns';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPublicOnlyDispatcher, findNonPublicAddressError, isPublicAddress } from './public-network.js';

describe('public addresses', () => {
  it('tells the public internet from this host, private networks and reserved space', () => {
    for (const address of ['8.8.8.8', '1.1.1.1', '203.113.131.1', '2001:4860:4860::8888', '64:ff9b::808:808']) {
      expect(isPublicAddress(address), address).toBe(true);
    }
    for (const address of [
      '127.0.0.1',
      '127.8.9.10',
      '0.0.0.0',
      '10.1.2.3',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '198.18.0.1',
      '224.0.0.1',
      '255.255.255.255',
      '::',
      '::1',
      '::ffff:127.0.0.1',
      '::ffff:a9fe:a9fe',
      'fd00::1',
      'fe80::1',
      'ff02::1',
      '2001:db8::1',
      '2002:7f00:1::1',
      'localhost',
      'not an address',
    ]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
  });
});

describe('the public-only dispatcher', () => {
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/elsewhere') {
        res.writeHead(302, { location: `http://localhost:${(server.address() as AddressInfo).port}/file` }).end();
        return;
      }
      res.end('internal');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const refusal = async (url: string, dispatcher = createPublicOnlyDispatcher()) => {
    const error: unknown = await fetch(url, { dispatcher }).then(
      () => null,
      (failure: unknown) => failure,
    );
    return findNonPublicAddressError(error);
  };

  it('refuses a loopback address, literal or resolved from a name, before any request', async () => {
    expect((await refusal(`${origin}/file`))?.message).toBe('127.0.0.1 is not a public address');
    const port = (server.address() as AddressInfo).port;
    expect((await refusal(`http://localhost:${port}/file`))?.message).toMatch(
      /^localhost resolves to (127\.0\.0\.1|::1), which is not a public address$/,
    );
    expect((await refusal(`http://[::ffff:127.0.0.1]:${port}/file`))?.address).toBe('::ffff:7f00:1');
  });

  it('refuses a name when any of the addresses it resolves to is not public', async () => {
    const lookup = vi.spyOn(dns, 'lookup').mockImplementation(((
      _hostname: string,
      _options: dns.LookupAllOptions,
      callback: (error: Error | null, addresses: dns.LookupAddress[]) => void,
    ) => {
      callback(null, [
        { address: '203.113.131.1', family: 4 },
        { address: '10.0.0.7', family: 4 },
      ]);
    }) as unknown as typeof dns.lookup);
    try {
      expect((await refusal('http://files.example.gov.vn/mau-don.pdf'))?.message).toBe(
        'files.example.gov.vn resolves to 10.0.0.7, which is not a public address',
      );
    } finally {
      lookup.mockRestore();
    }
  });

  it('lets through what configuration allows: everything in sandbox mode, or a trusted origin', async () => {
    const sandbox = await fetch(`${origin}/file`, { dispatcher: createPublicOnlyDispatcher({ allowNonPublic: true }) });
    expect(await sandbox.text()).toBe('internal');
    const trusted = createPublicOnlyDispatcher({ trustedOrigins: [`${origin}/`] });
    expect(await (await fetch(`${origin}/file`, { dispatcher: trusted })).text()).toBe('internal');
    // Each connection is checked: a trusted origin's redirect to another host is refused.
    expect((await refusal(`${origin}/elsewhere`, trusted))?.hostname).toBe('localhost');
  });
});
