import type * as z from 'zod/mini';
import type { Actor } from '../../../domain/actors';
import type { CaseEvent, NewCaseEvent } from '../../../domain/case';
import type { ActionContext, ActionOutcome, Notice } from '../../../domain/procedure';
import type { Decision } from '../../../domain/refusals';
import type { Viewer } from '../../../domain/visibility';
import type { CaseState } from '../types';

/**
 * One area of the review after acceptance (the reply, the route, hearings, the committee,
 * suspension, mediation, the decision, service …) as a part of the reconsideration module: its
 * command and event schemas, how it decides its actions and folds its events, what it tells whom,
 * and what it shows. The module joins the parts (./index.ts); the stage graph in ../definition.ts
 * says in which stage each action is offered and to whom.
 */
export interface ReviewPart<
  Commands extends readonly z.ZodMiniObject<{
    action: z.ZodMiniLiteral<string>;
  }>[] = readonly z.ZodMiniObject<{
    action: z.ZodMiniLiteral<string>;
  }>[],
  Events extends Record<string, z.ZodMiniType> = Record<string, z.ZodMiniType>,
> {
  /** One strict object per action, each with `action: z.literal(…)` and `expectedVersion`. */
  readonly commands: Commands;
  /** The data schema of each event the part writes. */
  readonly events: Events;
  readonly decide: {
    [A in z.infer<Commands[number]>['action']]: (
      state: CaseState,
      command: Extract<z.infer<Commands[number]>, { action: A }>,
      ctx: ActionContext,
      allocated?: { readonly number: string },
    ) => Decision<ActionOutcome>;
  };
  readonly evolve: {
    [T in keyof Events]?: (state: CaseState, data: z.infer<Events[T]>, event: CaseEvent) => CaseState;
  };
  readonly eventLabelsZh: { readonly [T in keyof Events]: string };
  /** Who is told what after each of the part's events (the state is the one after the event). */
  readonly notices?: {
    readonly [T in keyof Events]?: (state: CaseState, data: z.infer<Events[T]>, event: CaseEvent) => Notice[];
  };
  /**
   * Whether an action makes sense for the case now (and, given the person, for them: e.g. a party
   * who has already signed); one ruled out is not offered.
   */
  readonly available?: Readonly<Record<string, (state: CaseState, actor?: Actor) => boolean>>;
  /** What an event shows in the timeline, as `viewer` sees it (default: its data). */
  readonly presentEventData?: {
    readonly [T in keyof Events]?: (data: z.infer<Events[T]>, viewer: Viewer, event: CaseEvent) => unknown;
  };
  /** The part's fields of the case view, as `viewer` sees them. */
  readonly present?: (viewer: Viewer, state: CaseState) => Record<string, unknown>;
  /** Vocabulary tables for forms (served by GET /v1/rules). */
  readonly vocabulary?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** The events an action decided on, as its outcome. */
export const events = (...list: NewCaseEvent[]): Decision<ActionOutcome> => ({
  ok: true,
  value: { kind: 'events', events: list },
});

/**
 * Declares a part with its types checked against its own schemas: the commands and events first
 * (so TypeScript knows them), then what the part does with them.
 */
export const definePart = <
  const Commands extends readonly z.ZodMiniObject<{ action: z.ZodMiniLiteral<string> }>[],
  Events extends Record<string, z.ZodMiniType>,
>(
  commands: Commands,
  events: Events,
  behaviour: Omit<ReviewPart<Commands, Events>, 'commands' | 'events'>,
): ReviewPart<Commands, Events> => ({ commands, events, ...behaviour });
