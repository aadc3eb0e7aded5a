import { randomUUID } from 'node:crypto';
import { getOperationAST, type DocumentNode, type ExecutionResult } from 'graphql';
import { isAsyncIterable, mapAsyncIterator, type Plugin } from 'graphql-yoga';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { LogSink } from './log-sink.ts';
import { reportUnexpectedErrors } from './report-unexpected-errors.ts';

export { stderrJsonLog, type LogSink } from './log-sink.ts';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Request ids (taken from `x-request-id` when well-formed, else made), returned in a header and
 * in the result's extensions; one structured log line per request, and one per unexpected error
 * with its stack and causes (the client gets INTERNAL and the request id); Prometheus metrics at
 * /metrics from a registry owned by this app, so two apps in one process never mix their counts.
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
  const started = new WeakMap<Request, { id: string; at: number; operation?: string; operationName?: string }>();

  /** Notes which operation a request runs, for its log lines; returns the operation type. */
  function recordOperation(args: { document: DocumentNode; operationName?: string | null; contextValue: unknown }): string {
    const operation = getOperationAST(args.document, args.operationName);
    const type = operation?.operation ?? 'unknown';
    const request = (args.contextValue as { request?: Request }).request;
    const entry = request ? started.get(request) : undefined;
    const name = args.operationName ?? operation?.name?.value;
    if (entry) Object.assign(entry, { operation: `${type} ${name ?? ''}`.trim(), operationName: name });
    return type;
  }

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
    onSubscribe({ args }) {
      recordOperation(args);
    },
    onExecute({ args }) {
      const type = recordOperation(args);
      return {
        onExecuteDone({ result, setResult }) {
          if (!('errors' in result) && !('data' in result)) return;
          operations.inc({ type, outcome: result.errors?.length ? 'error' : 'ok' });
          const requestId = (args.contextValue as { requestId?: string }).requestId;
          setResult({ ...result, extensions: { ...result.extensions, requestId } });
        },
      };
    },
    onResultProcess({ request, result, setResult }) {
      const entry = started.get(request);
      const failed = { requestId: entry?.id ?? 'unknown', operationName: entry?.operationName ?? null };
      const report = <T extends ExecutionResult>(one: T) => reportUnexpectedErrors(one, failed, log);
      if (isAsyncIterable(result)) setResult(mapAsyncIterator(result, report));
      else setResult(Array.isArray(result) ? result.map(report) : report(result));
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
