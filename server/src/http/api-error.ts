import type { FastifyReply } from 'fastify';
import { errorStatus, type ErrorBody, type ErrorCode } from '../../../shared/sync/protocol';

/** A refusal with one of the protocol's error codes and a message a person can act on. */
export class ApiError extends Error {
  constructor(readonly code: ErrorCode, message: string) {
    super(message);
  }
}

/** Sends the protocol's error body with the status of its code. */
export function sendError(reply: FastifyReply, code: ErrorCode, message: string): FastifyReply {
  const body: ErrorBody = { error: { code, message } };
  return reply.code(errorStatus[code]).send(body);
}

/** A zod error's first issue, as a message naming the offending path. */
export function describeIssue(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const issue = issues[0];
  if (!issue) return 'The request body has the wrong shape';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
