import { randomUUID } from "node:crypto";
import { IncomingMessage, type ServerResponse } from "node:http";
import { pino, type Level, type Logger } from "pino";
import { config } from "./config";

/** The one structured logger; JSON lines on stdout. */
export const logger = pino({ level: config.LOG_LEVEL });

declare module "node:http" {
  interface IncomingMessage {
    /** This request's id (X-Request-Id), on every line logged for it. */
    id: string;
    /** A logger whose lines carry the request id. */
    log: Logger;
  }
}

const REQUEST_ID_HEADER = "x-request-id";

function levelOf(status: number): Level {
  if (status >= 500) return "error";
  if (status >= 400) return "warn";
  return "info";
}

/**
 * Request logging with a request id on every line (reused from X-Request-Id when a proxy
 * sets one, echoed back so a user can quote it when reporting an error). One line per
 * request when it ends: the request line, the status and the time taken; never a body (it
 * may hold a 2 MB notice).
 *
 * Written here rather than with pino-http (which this replaced): pino-http makes a child
 * logger for every request even when nothing will be logged, which cost a third of a cached
 * catalogue read's time (issue 9). Here the child is made only when a line is written.
 */
const CHILD = Symbol("request logger");

// One getter on the prototype, not a property defined on each request (which costs as much
// as the child logger it would save).
Object.defineProperty(IncomingMessage.prototype, "log", {
  configurable: true,
  get(this: IncomingMessage & { [CHILD]?: Logger }): Logger {
    return (this[CHILD] ??= logger.child({ reqId: this.id }));
  },
});

export function httpLogger(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  const incoming = req.headers[REQUEST_ID_HEADER];
  const id =
    typeof incoming === "string" && /^[\w.-]{1,100}$/.test(incoming) ? incoming : randomUUID();
  res.setHeader("X-Request-Id", id);
  req.id = id;
  const started = performance.now();
  const line = (level: Level, message: string) => {
    if (!logger.isLevelEnabled(level)) return;
    req.log[level](
      {
        req: { id, method: req.method, url: req.url },
        res: { statusCode: res.statusCode },
        responseTime: Math.round(performance.now() - started),
      },
      message,
    );
  };
  res.once("finish", () => line(levelOf(res.statusCode), "request completed"));
  res.once("close", () => {
    if (!res.writableFinished) line("warn", "request aborted");
  });
  next();
}
