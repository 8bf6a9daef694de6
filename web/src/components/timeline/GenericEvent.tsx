import { formatDate } from '../../format';
import { type EventContext, stageLabelZh } from './context';

/** The engine's part of any event: where the case went and which deadlines started. */
export interface EngineEventPart {
  readonly toStage?: string;
  readonly deadlines?: {
    readonly opened?: readonly { readonly labelZh: string; readonly dueDate: string }[];
  };
}

/**
 * An event this portal has no renderer for (e.g. of a procedure added later): what every event
 * carries — the stage it led to and the deadlines it started — so nothing is left unexplained.
 */
export function GenericEvent(props: { readonly event: EngineEventPart; readonly context: EventContext }) {
  const { toStage, deadlines } = props.event;
  const opened = deadlines?.opened ?? [];
  if (!toStage && opened.length === 0) return null;
  return (
    <>
      {toStage ? <p>案件进入“{stageLabelZh(props.context, toStage)}”阶段。</p> : null}
      {opened.length ? (
        <ul className="event-list">
          {opened.map((d) => (
            <li key={d.labelZh}>
              {d.labelZh}起算，届满日{formatDate(d.dueDate)}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
