import type { LocalSystem } from '../../infra/local/system';

/** Thrown by everything the process would do once it has "died" at an injected crash point. */
export class SimulatedCrash extends Error {
  override readonly name = 'SimulatedCrash';
}

const writeCommands = /^(Put|Update|Delete|BatchWrite)(Item)?Command$/;

/**
 * A fault-injecting wrapper around the local system's ports. Armed with `crashAfterWrite(k)`,
 * the k-th DynamoDB write of the request lands and then the process "dies": every later
 * DynamoDB call, workflow start/resume and alert delivery fails, as if the Lambda had been
 * killed mid-request. `recover()` is the restart. Writes to the workflow link (made by the
 * workflow's own tasks, concurrently with the request) are not counted as the request's.
 */
export function injectFaults(system: LocalSystem) {
  let armedAt = Number.POSITIVE_INFINITY;
  let writes = 0;
  let dead = false;
  const crash = () => new SimulatedCrash(`simulated crash after write ${armedAt}`);

  system.documentClient.middlewareStack.add(
    (next, context) => async (args) => {
      if (dead) throw crash();
      const input = args.input as { Key?: { sk?: unknown }; Item?: { sk?: unknown } };
      const sk = input.Key?.sk ?? input.Item?.sk;
      const counted = writeCommands.test(context.commandName ?? '') && sk !== 'WORKFLOW';
      const result = await next(args);
      if (counted && ++writes >= armedAt) {
        dead = true;
        throw crash();
      }
      return result;
    },
    { step: 'initialize', name: 'faultInjection' },
  );
  for (const port of [system.workflow, system.outbox] as const) {
    for (const method of ['start', 'resume', 'deliver'] as const) {
      const target = port as unknown as Record<string, ((...a: unknown[]) => Promise<unknown>) | undefined>;
      const original = target[method];
      if (!original) continue;
      target[method] = async (...a: unknown[]) => {
        if (dead) throw crash();
        return original.apply(port, a);
      };
    }
  }
  return {
    /** Counts the writes of what runs next without crashing. */
    count() {
      armedAt = Number.POSITIVE_INFINITY;
      writes = 0;
    },
    crashAfterWrite(k: number) {
      armedAt = k;
      writes = 0;
    },
    get writes() {
      return writes;
    },
    get crashed() {
      return dead;
    },
    recover() {
      dead = false;
      armedAt = Number.POSITIVE_INFINITY;
      writes = 0;
    },
  };
}
