/**
 * Module rules, checked by `npm run lint` (dependency-cruiser). Modules are the folders of src/; each exposes an
 * index.ts and the others import only that. The shared kernel and the platform are open to everyone.
 * @type {import('dependency-cruiser').IConfiguration}
 */
export default {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'An import cycle makes load order and reasoning fragile: extract what both sides need.',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { pathNot: '^node_modules' } },
    },
    {
      name: 'module-doors',
      severity: 'error',
      comment: 'Another module is reached through its index.ts only: its files are its own business.',
      from: { path: '^src/([^/]+)/' },
      to: {
        path: '^src/([^/]+)/.+',
        pathNot: ['^src/$1/', '^src/[^/]+/index\\.ts$', '^src/sandbox/[^/]+/index\\.ts$', '^src/platform/'],
      },
    },
    {
      name: 'sandbox-is-a-module-too',
      severity: 'error',
      comment: "The simulators see the product only through its modules' doors, like any other client.",
      from: { path: '^src/sandbox/([^/]+)/' },
      to: { path: '^src/(?!sandbox/)([^/]+)/.+', pathNot: ['^src/[^/]+/index\\.ts$', '^src/platform/'] },
    },
    {
      name: 'engine-is-channel-neutral',
      severity: 'error',
      comment: 'The conversation engine knows no channel, no HTTP framework and no queue: they adapt to it.',
      from: { path: '^src/conversation/' },
      to: {
        path: [
          '^src/(zalo|messaging|outbox|admin|sandbox)/',
          '^node_modules/(express|bullmq|ioredis)/',
          '^src/platform/(queues|http|api-route|api-router|redis)\\.ts$',
        ],
      },
    },
    {
      name: 'engine-reaches-no-queue-or-http',
      severity: 'error',
      comment: 'Not even through another file: the engine runs in the simulator and in tests without them.',
      from: { path: '^src/conversation/' },
      to: { path: '^node_modules/(express|bullmq)/', reachable: true },
    },
    {
      name: 'kernel-depends-on-nothing',
      severity: 'error',
      comment: 'The shared kernel is the bottom layer: it imports no module of the project.',
      from: { path: '^src/kernel/' },
      to: { path: '^src/(?!kernel/)' },
    },
    {
      name: 'messaging-knows-no-channel',
      severity: 'error',
      comment: 'Delivery is channel-neutral: a channel plugs in through DeliveryChannel.',
      from: { path: '^src/messaging/' },
      to: { path: '^src/(zalo|conversation|citizens|lgsp|admin|sandbox)/' },
    },
    {
      name: 'not-to-tests',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(test|bench)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
