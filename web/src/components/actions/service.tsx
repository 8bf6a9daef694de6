import { Form, Select } from 'antd';
import type { CaseView } from '../../api/types';
import { formatDate } from '../../format';
import { choose } from '../../forms/problem';
import { servicePartyKindZh } from '../case/labels';

export type ServiceRecord = NonNullable<NonNullable<CaseView['decision']>['service']>[number];

/** The parties the decision still has to reach by post (mailed or not: `mailed` narrows to those mailed). */
export function postalWaiting(c: CaseView, mailed: 'any' | 'mailed'): ServiceRecord[] {
  return (c.decision?.service ?? []).filter(
    (s) => s.channel === 'post' && !s.servedOn && (mailed === 'any' || s.mailedOn !== undefined),
  );
}

const describe = (s: ServiceRecord) =>
  `${s.nameZh}（${servicePartyKindZh(s.party)}${s.mailedOn ? `，${formatDate(s.mailedOn)}已寄出` : ''}）`;

/** A select of the parties still waiting for the decision by post; the only one is preselected by the form. */
export function ServicePartyField(props: {
  readonly parties: readonly ServiceRecord[];
  readonly labelZh: string;
  readonly testId: string;
}) {
  return (
    <Form.Item name="party" label={props.labelZh} rules={[choose(props.labelZh)]}>
      <Select
        data-testid={props.testId}
        placeholder="请选择受送达人"
        options={props.parties.map((s) => ({ value: s.party, label: describe(s) }))}
      />
    </Form.Item>
  );
}
