import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import * as z from 'zod/mini';
import { withLogContext } from '../observability/log-context';
import { logger } from '../observability/logger';

/**
 * A Step Functions task handler: payload parsed with zod at the edge (a bad payload fails the
 * task with a named error instead of reaching the domain), case id on every log line.
 */
export function workflowTask<S extends z.core.$ZodType, R>(schema: S, fn: (input: z.infer<S>) => Promise<R>) {
  return middy<unknown, R, Error, Context>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .handler(async (event) => {
      const parsed = z.safeParse(schema, event);
      if (!parsed.success) {
        const error = new Error(
          `invalid task payload: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`,
        );
        error.name = 'InvalidTaskPayload';
        throw error;
      }
      const caseId = (parsed.data as { caseId?: string }).caseId;
      return withLogContext({ caseId, correlationId: caseId }, () => fn(parsed.data));
    });
}
