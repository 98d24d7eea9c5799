import dns from 'node:dns';
import net from 'node:net';
import { Agent, buildConnector, type Dispatcher } from 'undici';

/**
 * Addresses that are not the public internet (IANA's special-purpose registries): this host, the private networks,
 * link-local (cloud metadata at 169.254.169.254), shared and reserved space, documentation, multicast. IPv4-mapped
 * IPv6 addresses (`::ffff:127.0.0.1`) are checked as their IPv4 address by `BlockList` itself.
 */
const NON_PUBLIC = new net.BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  NON_PUBLIC.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  // Unspecified, loopback and the deprecated IPv4-compatible addresses.
  ['::', 96],
  // NAT64 for local use (the well-known 64:ff9b::/96 carries only global IPv4 addresses, RFC 6052).
  ['64:ff9b:1::', 48],
  ['100::', 64],
  // IETF protocol assignments (Teredo among them), documentation, 6to4 (which embeds any IPv4 address).
  ['2001::', 23],
  ['2001:db8::', 32],
  ['2002::', 16],
  ['3fff::', 20],
  ['5f00::', 16],
  // Unique local, link-local, site-local, multicast.
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  NON_PUBLIC.addSubnet(network, prefix, 'ipv6');
}

/** Whether an IP address is on the public internet; anything that is not an IP address is not. */
export function isPublicAddress(address: string): boolean {
  const family = net.isIP(address);
  if (family === 0) return false;
  return !NON_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** A connection refused because its host is, or resolves to, an address that is not public. */
export class NonPublicAddressError extends Error {
  override readonly name = 'NonPublicAddressError';
  readonly code = 'ERR_NON_PUBLIC_ADDRESS';
  constructor(
    readonly hostname: string,
    readonly address: string,
  ) {
    super(
      hostname === address
        ? `${address} is not a public address`
        : `${hostname} resolves to ${address}, which is not a public address`,
    );
  }
}

/** The refusal behind an error (fetch wraps what the connection failed with in `cause`), if there is one. */
export function findNonPublicAddressError(error: unknown): NonPublicAddressError | null {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; cause = cause.cause, depth += 1) {
    if (cause instanceof NonPublicAddressError) return cause;
  }
  return null;
}

type LookupCallback = (error: Error | null, address: string | dns.LookupAddress[], family?: number) => void;

/**
 * `dns.lookup` for the socket about to connect: the addresses it connects to are the ones checked, so a name that
 * resolves to a public address when checked and to a private one when used (DNS rebinding) is refused all the same.
 * Any non-public address among them refuses the whole name.
 */
function lookupPublicOnly(hostname: string, options: dns.LookupOptions, callback: LookupCallback): void {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const refused = addresses.find((entry) => !isPublicAddress(entry.address));
    if (refused) return callback(new NonPublicAddressError(hostname, refused.address), []);
    const [first] = addresses;
    if (options.all) return callback(null, addresses);
    if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), []);
    return callback(null, first.address, first.family);
  });
}

/** `https://host:port` as `URL.origin` spells it, from what undici hands its connector. */
function originOf(options: buildConnector.Options): string {
  const host = options.hostname.includes(':') ? `[${options.hostname}]` : options.hostname;
  return new URL(`${options.protocol}//${host}${options.port ? `:${options.port}` : ''}`).origin;
}

export interface PublicOnlyDispatcherOptions {
  /**
   * Let every address through: only from configuration (sandbox mode, whose simulators and files are on this
   * machine), never from the URL being fetched.
   */
  allowNonPublic?: boolean;
  /** Origins from configuration reached whatever they resolve to (this server's own `PUBLIC_URL`). */
  trustedOrigins?: readonly string[];
}

/**
 * An undici dispatcher (`fetch(url, { dispatcher })`) that connects only to public addresses: for URLs that an admin or
 * official supplied and this server fetches itself, which must not reach this host's or the province's internal
 * services (server-side request forgery). The check is on the address connected to (an IP literal, or each address
 * the name resolves to at connect time), for every connection, redirects included; a refused connection fails with a
 * `NonPublicAddressError` as its cause (`findNonPublicAddressError`).
 */
export function createPublicOnlyDispatcher(options: PublicOnlyDispatcherOptions = {}): Dispatcher {
  if (options.allowNonPublic) return new Agent();
  const trusted = new Set((options.trustedOrigins ?? []).map((origin) => new URL(origin).origin));
  const connectAny = buildConnector({});
  const connectPublic = buildConnector({ lookup: lookupPublicOnly });
  return new Agent({
    connect(connectOptions, callback) {
      if (trusted.has(originOf(connectOptions))) return connectAny(connectOptions, callback);
      // A literal address is never looked up: checked here, before any connection.
      const { hostname } = connectOptions;
      if (net.isIP(hostname) !== 0 && !isPublicAddress(hostname)) {
        return callback(new NonPublicAddressError(hostname, hostname), null);
      }
      return connectPublic(connectOptions, callback);
    },
  });
}
