import * as z from 'zod/mini';

/** The Lambda environment, validated once at start-up: a missing variable fails the cold start. */
export const awsEnvSchema = z.object({
  TABLE_NAME: z.string().check(z.minLength(1)),
  STATE_MACHINE_ARN: z.optional(z.string().check(z.startsWith('arn:'))),
  ALERT_TOPIC_ARN: z.string().check(z.startsWith('arn:')),
  /**
   * Where background jobs are queued, by kind, as JSON: {"calendarRecompute":"https://…"}
   * (functions that start jobs only).
   */
  JOB_QUEUES: z.optional(
    z.pipe(
      z.pipe(
        z.string(),
        z.transform((text, ctx) => {
          try {
            return JSON.parse(text) as unknown;
          } catch {
            ctx.issues.push({ code: 'custom', message: 'JOB_QUEUES is not JSON', input: text });
            return z.NEVER;
          }
        }),
      ),
      z.record(z.string(), z.url()),
    ),
  ),
  /** The files bucket (functions with the files grant only: the runtime requires it there). */
  FILES_BUCKET: z.optional(
    z
      .string()
      .check(
        z.regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'FILES_BUCKET is not an S3 bucket name' }),
      ),
  ),
  AWS_REGION: z.string().check(z.minLength(1)),
});

export type AwsEnv = z.infer<typeof awsEnvSchema>;

export function readAwsEnv(env: NodeJS.ProcessEnv = process.env): AwsEnv {
  const parsed = awsEnvSchema.safeParse(env);
  if (!parsed.success)
    throw new Error(
      `invalid Lambda environment: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return parsed.data;
}

/** The files bucket of a function granted files: its absence fails the cold start, not a request. */
export function filesBucketOf(env: AwsEnv): string {
  if (!env.FILES_BUCKET)
    throw new Error('invalid Lambda environment: FILES_BUCKET is not set (the files grant needs it)');
  return env.FILES_BUCKET;
}
