import type { AddressInfo } from 'node:net';
import http from 'node:http';
import type { RequestListener } from 'node:http';

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:40123 (no trailing slash). */
  url: string;
  port: number;
  server: http.Server;
  close(): Promise<void>;
}

/** Serves `handler` (an express app) on an ephemeral loopback port, for tests that speak real HTTP. */
export async function listen(handler: RequestListener): Promise<RunningServer> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
