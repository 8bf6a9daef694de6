import type * as z from 'zod/mini';
import { committeePart } from './committee';
import { decisionPart } from './decision';
import { hearingPart } from './hearing';
import { mediationPart } from './mediation';
import type { ReviewPart } from './part';
import { partiesPart } from './parties';
import { replyPart } from './reply';
import { routePart } from './route';
import { settlementPart } from './settlement';
import { suspensionPart } from './suspension';

/**
 * The parts of the review after acceptance, joined into the reconsideration module: their
 * commands into the action schema, their events into the event schemas, and their decide, evolve,
 * notices and presenters by action or event type. A new part is one file and one line here.
 */
export const reviewParts = [
  partiesPart,
  replyPart,
  routePart,
  hearingPart,
  committeePart,
  mediationPart,
  settlementPart,
  suspensionPart,
  decisionPart,
] as const;

type Part = (typeof reviewParts)[number];
/** Every review command, typed from the parts' own schemas. */
export type ReviewCommand = Part extends { commands: readonly (infer C)[] } ? z.infer<C> : never;
type EventsOf<P> = P extends { events: infer E }
  ? { [T in keyof E]: E[T] extends z.ZodMiniType ? z.infer<E[T]> : never }
  : never;
type Intersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
/** The data of every review event, by type. */
export type ReviewEventData = Intersection<EventsOf<Part>>;

export const reviewCommands = reviewParts.flatMap((p) => [...p.commands]);

const byAction = new Map<string, ReviewPart>();
const byEvent = new Map<string, ReviewPart>();
for (const part of reviewParts as unknown as readonly ReviewPart[]) {
  for (const action of Object.keys(part.decide)) byAction.set(action, part);
  for (const type of Object.keys(part.events)) {
    if (byEvent.has(type)) throw new Error(`two review parts write the event '${type}'`);
    byEvent.set(type, part);
  }
}

export const partOfAction = (action: string): ReviewPart | undefined => byAction.get(action);
export const partOfEvent = (type: string): ReviewPart | undefined => byEvent.get(type);
