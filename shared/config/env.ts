import * as z from 'zod/mini';

/** The Lambda environment, validated once at start-up: a missing variable fails the cold start. */
export const awsEnvSchema = z.object({
  TABLE_NAME: z.string().check(z.minLength(1)),
  STATE_MACHINE_ARN: z.optional(z.string().check(z.startsWith('arn:'))),
  ALERT_TOPIC_ARN: z.string().check(z.startsWith('arn:')),
  /** Where background jobs are queued (functions that start jobs only). */
  JOB_QUEUE_URL: z.optional(z.url()),
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
