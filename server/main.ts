/**
 * `npm start -- [--host H] [--port P] [--workers N] [--trusted-local]`
 *
 * Serves the API and the built playground. Binds 127.0.0.1:8787 unless told otherwise
 * (flags win over the HOST and PORT environment variables).
 */
import { serve } from '@hono/node-server';
import { availableParallelism } from 'node:os';
import { createApp } from './app.ts';
import { Catalog } from './catalog.ts';
import { intFlag, parseArgs, UsageError } from './cli/args.ts';
import { RefusingRunService } from './run-service.ts';
import { createRunService, staticRoots } from './services.ts';

const USAGE = 'usage: npm start -- [--host 127.0.0.1] [--port 8787] [--workers N] [--trusted-local]';

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['host', 'port', 'workers']);
  if (args.flags.has('help')) {
    console.log(USAGE);
    return;
  }
  const hostFlag = args.flags.get('host');
  const host = typeof hostFlag === 'string' ? hostFlag : process.env.HOST || '127.0.0.1';
  const envPort = process.env.PORT ? Number(process.env.PORT) : 8787;
  if (!Number.isInteger(envPort) || envPort < 0) throw new UsageError(`PORT must be a port number, got ${process.env.PORT}`);
  const port = intFlag(args, 'port', envPort, 0);
  const workers = intFlag(args, 'workers', availableParallelism());
  const trustedLocal = args.flags.has('trusted-local');

  const catalog = Catalog.load();
  const runs = await createRunService({ trustedLocal, workers });
  if (runs instanceof RefusingRunService) {
    console.warn(`warning: POST /api/run is refused: ${runs.reason}`);
  } else if (runs.sandbox === 'local') {
    console.warn('warning: --trusted-local: submitted code runs WITHOUT isolation. Never expose this server.');
  }
  const app = createApp({ catalog, runs, static: staticRoots });
  const server = serve({ fetch: app.fetch, hostname: host, port }, (info) => {
    const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
    console.log(`CnakeCharmer on http://${shown}:${info.port}/  (sandbox: ${runs.sandbox}, ${catalog.index.pairs.length} pairs, ${workers} workers)`);
  });
  const stop = (): void => {
    runs.close();
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  if (e instanceof UsageError) console.error(`${e.message}\n${USAGE}`);
  else console.error(`server failed to start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(2);
});
