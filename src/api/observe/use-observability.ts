import { randomUUID } from 'node:crypto';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** A JSON line per event, for log shippers. */
export type LogSink = (entry: Record<string, unknown>) => void;

export const stderrJsonLog: LogSink = (entry) => process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Request ids (taken from `x-request-id` when well-formed, else made), returned in a header and
 * in the result's extensions; one structured log line per request; Prometheus metrics at /metrics
 * from a registry owned by this app, so two apps in one process never mix their counts.
 */
export function useObservability(log: LogSink): Plugin<{ requestId?: string }> {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'parley_' });
  const requests = new Counter({ name: 'parley_http_requests_total', help: 'HTTP requests by path and status', labelNames: ['path', 'status'], registers: [registry] });
  const durations = new Histogram({
    name: 'parley_http_request_duration_seconds',
    help: 'HTTP request duration',
    labelNames: ['path'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const operations = new Counter({ name: 'parley_graphql_operations_total', help: 'GraphQL operations by type', labelNames: ['type', 'outcome'], registers: [registry] });
  const started = new WeakMap<Request, { id: string; at: number; operation?: string }>();

  return {
    async onRequest({ request, url, fetchAPI, endResponse }) {
      const given = request.headers.get('x-request-id');
      started.set(request, { id: given && REQUEST_ID.test(given) ? given : randomUUID(), at: performance.now() });
      if (url.pathname === '/metrics') {
        endResponse(new fetchAPI.Response(await registry.metrics(), { headers: { 'content-type': registry.contentType } }));
      }
    },
    onContextBuilding({ context, extendContext }) {
      const request = (context as { request?: Request }).request;
      extendContext({ requestId: (request && started.get(request)?.id) ?? randomUUID() });
    },
    onExecute({ args }) {
      const type = getOperationAST(args.document, args.operationName)?.operation ?? 'unknown';
      const request = (args.contextValue as { request?: Request }).request;
      const entry = request ? started.get(request) : undefined;
      if (entry) entry.operation = `${type} ${args.operationName ?? ''}`.trim();
      return {
        onExecuteDone({ result, setResult }) {
          if (!('errors' in result) && !('data' in result)) return;
          operations.inc({ type, outcome: result.errors?.length ? 'error' : 'ok' });
          const requestId = (args.contextValue as { requestId?: string }).requestId;
          setResult({ ...result, extensions: { ...result.extensions, requestId } });
        },
      };
    },
    onResponse({ request, response, serverContext }) {
      const entry = started.get(request);
      if (!entry) return;
      const path = new URL(request.url).pathname;
      const seconds = (performance.now() - entry.at) / 1000;
      response.headers.set('x-request-id', entry.id);
      requests.inc({ path: path.length > 64 ? 'other' : path, status: String(response.status) });
      durations.observe({ path: path.length > 64 ? 'other' : path }, seconds);
      const address = (serverContext as { req?: { socket?: { remoteAddress?: string } } } | undefined)?.req?.socket?.remoteAddress;
      log({ level: response.status >= 500 ? 'error' : 'info', msg: 'request', requestId: entry.id, method: request.method, path, status: response.status, ms: Math.round(seconds * 1000), operation: entry.operation, client: address });
    },
  };
}
