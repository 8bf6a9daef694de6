import { z } from 'zod';
import { workflowTask } from '../../shared/http/workflow-task';
import { runtime } from '../../shared/runtime';
import { reconcile } from '../../shared/services/workflow';

/** Scheduled hourly in AWS and run at boot locally: every open case gets a live execution. */
export const handler = workflowTask(z.unknown(), async () => reconcile(await runtime()));
