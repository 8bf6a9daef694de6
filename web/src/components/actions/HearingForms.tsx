import { Form, Input, Radio, Select } from 'antd';
import { vocabulary } from '../../api/reference';
import type { ActionFields, CaseView } from '../../api/types';
import { choose, required } from '../../forms/problem';
import { ActionForm, type ActionFormProps } from './ActionForm';
import { Hint, optional } from './fields';
import { type MemberRow, MemberRows, memberFields, memberLabels } from './members';

/**
 * Whether and by whom a case is heard (Art. 50): the applicant's request, the office's answer or
 * its own decision, the panel, and recusal (回避).
 */

type Hearing = NonNullable<CaseView['hearing']>;

const Reason = (props: {
  readonly label: string;
  readonly testId: string;
  readonly optionalField?: boolean;
}) => (
  <Form.Item
    name="reasonZh"
    label={props.optionalField ? `${props.label}（选填）` : props.label}
    rules={props.optionalField ? [] : [required(props.label)]}
  >
    <Input.TextArea rows={3} maxLength={2000} showCount data-testid={props.testId} />
  </Form.Item>
);

/** 请求听证: the applicant asks to be heard (Art. 50(2)); the office decides. */
export function RequestHearingForm(props: ActionFormProps) {
  return (
    <ActionForm<'requestHearing', { reasonZh?: string }>
      {...props}
      action="requestHearing"
      labels={{ reasonZh: '请求听证的理由' }}
      toFields={(v) => optional('reasonZh', v.reasonZh)}
    >
      <Hint>
        申请人请求听证的，行政复议机构可以组织听证；决定不举行听证的，将告知理由（《行政复议法》第五十条第二款）。
      </Hint>
      <Reason label="请求听证的理由" testId="hearing-request-reason" optionalField />
    </ActionForm>
  );
}

/** 决定是否举行听证: on the applicant's request; a refusal gives the reason the applicant is told. */
export function DecideHearingRequestForm(props: ActionFormProps) {
  const request = props.caseView.hearing?.request;
  return (
    <ActionForm<'decideHearingRequest', { granted: boolean; reasonZh?: string }>
      {...props}
      action="decideHearingRequest"
      labels={{ granted: '是否举行听证', reasonZh: '理由' }}
      initialValues={{ granted: true }}
      toFields={(v) => ({ granted: v.granted, ...optional('reasonZh', v.reasonZh) })}
    >
      <Hint>
        申请人{request?.inApplication ? '在申请书中' : ''}请求听证
        {request?.reasonZh ? `，理由：${request.reasonZh}` : ''}。决定不举行听证的，应当说明理由并告知申请人。
      </Hint>
      <Form.Item
        name="granted"
        label={<span id="hearing-granted-label">是否举行听证</span>}
        rules={[choose('是否举行听证')]}
      >
        <Radio.Group aria-labelledby="hearing-granted-label">
          <Radio value={true} data-testid="hearing-granted-yes">
            举行听证
          </Radio>
          <Radio value={false} data-testid="hearing-granted-no">
            不举行听证
          </Radio>
        </Radio.Group>
      </Form.Item>
      <Reason label="理由" testId="hearing-decision-reason" optionalField />
    </ActionForm>
  );
}

/** 决定举行听证: the office finds a hearing necessary on its own (Art. 50(2)). */
export function OrderHearingForm(props: ActionFormProps) {
  return (
    <ActionForm<'orderHearing', { reasonZh: string }>
      {...props}
      action="orderHearing"
      labels={{ reasonZh: '决定听证的理由' }}
      toFields={(v) => ({ reasonZh: v.reasonZh.trim() })}
    >
      <Hint>行政复议机构认为有必要听证的，可以组织听证（《行政复议法》第五十条第二款）。</Hint>
      <Reason label="决定听证的理由" testId="hearing-order-reason" />
    </ActionForm>
  );
}

type PanelRow = MemberRow & Required<Pick<MemberRow, 'kind' | 'panelRole'>>;
const emptyMember = (panelRole: PanelRow['panelRole']): PanelRow => ({
  userId: '',
  nameZh: '',
  kind: 'staff',
  panelRole,
  formerAgencyIds: [],
  relatedToParty: false,
});

/** 确定听证人员: one presiding officer, two or more hearing officers, one recorder (Art. 50(3)). */
export function AssignHearingPanelForm(props: ActionFormProps) {
  const current = props.caseView.hearing?.panel ?? [];
  const initial: PanelRow[] = current.length
    ? current.map((m) => ({
        userId: m.userId,
        nameZh: m.nameZh,
        kind: m.kind,
        panelRole: m.panelRole,
        formerAgencyIds: m.formerAgencyIds,
        relatedToParty: m.relatedToParty,
        ...(m.relationZh ? { relationZh: m.relationZh } : {}),
      }))
    : [emptyMember('presiding'), emptyMember('officer'), emptyMember('officer'), emptyMember('clerk')];
  return (
    <ActionForm<'assignHearingPanel', { members: PanelRow[] }>
      {...props}
      action="assignHearingPanel"
      labels={memberLabels}
      initialValues={{ members: initial }}
      toFields={(v) => ({
        members: v.members.map((m) => memberFields(m)) as ActionFields<'assignHearingPanel'>['members'],
      })}
    >
      <Hint>
        听证由一名听证主持人、两名以上听证员和一名记录员组成（《行政复议法》第五十条第三款），可由行政复议委员会委员和行政复议机构工作人员担任。曾在被申请人任职或与当事人有利害关系的人员应当回避。
      </Hint>
      <MemberRows
        reference={props.reference}
        procedure={props.caseView.procedure}
        panel
        testId="panel"
        newRow={() => emptyMember('officer')}
      />
    </ActionForm>
  );
}

const memberOptions = (members: readonly { userId: string; nameZh: string; label?: string }[]) =>
  members.map((m) => ({ value: m.userId, label: m.label ?? m.nameZh }));

/** 申请听证人员回避: a party names a member and the reason; the office head decides. */
export function ApplyForRecusalForm(props: ActionFormProps) {
  const rolesZh = vocabulary(props.reference, props.caseView.procedure, 'panelRolesZh');
  const panel = (props.caseView.hearing?.panel ?? []).map((m) => ({
    ...m,
    label: `${m.nameZh}（${rolesZh[m.panelRole] ?? m.panelRole}）`,
  }));
  return (
    <ActionForm<'applyForRecusal', { memberUserId: string; reasonZh: string }>
      {...props}
      action="applyForRecusal"
      labels={{ memberUserId: '申请回避的听证人员', reasonZh: '申请回避的理由' }}
      toFields={(v) => ({ memberUserId: v.memberUserId, reasonZh: v.reasonZh.trim() })}
    >
      <Hint>
        当事人认为听证人员与本案有利害关系或者有其他关系可能影响公正审理的，可以申请其回避，由复议机构负责人决定。
      </Hint>
      <Form.Item name="memberUserId" label="申请回避的听证人员" rules={[choose('申请回避的听证人员')]}>
        <Select options={memberOptions(panel)} data-testid="recusal-member" />
      </Form.Item>
      <Reason label="申请回避的理由" testId="recusal-reason" />
    </ActionForm>
  );
}

/** 决定听证人员是否回避: the office head decides each pending application; granted, the member leaves. */
export function DecideRecusalForm(props: ActionFormProps) {
  const partiesZh = vocabulary(props.reference, props.caseView.procedure, 'recusalPartiesZh');
  const pending: Hearing['recusals'] = (props.caseView.hearing?.recusals ?? []).filter((r) => !r.decision);
  return (
    <ActionForm<'decideRecusal', { memberUserId: string; granted: boolean; reasonZh: string }>
      {...props}
      action="decideRecusal"
      labels={{ memberUserId: '被申请回避的听证人员', granted: '是否准予回避', reasonZh: '决定理由' }}
      initialValues={pending.length === 1 ? { memberUserId: pending[0]?.memberUserId } : {}}
      toFields={(v) => ({ memberUserId: v.memberUserId, granted: v.granted, reasonZh: v.reasonZh.trim() })}
    >
      <ul className="event-list">
        {pending.map((r) => (
          <li key={r.memberUserId}>
            {partiesZh[r.by] ?? r.by}申请{r.memberNameZh}回避，理由：{r.reasonZh}
          </li>
        ))}
      </ul>
      <Form.Item name="memberUserId" label="被申请回避的听证人员" rules={[choose('被申请回避的听证人员')]}>
        <Select
          options={pending.map((r) => ({ value: r.memberUserId, label: r.memberNameZh }))}
          data-testid="recusal-decide-member"
        />
      </Form.Item>
      <Form.Item
        name="granted"
        label={<span id="recusal-granted-label">是否准予回避</span>}
        rules={[choose('是否准予回避')]}
      >
        <Radio.Group aria-labelledby="recusal-granted-label">
          <Radio value={true} data-testid="recusal-granted-yes">
            准予回避（该人员退出，另行确定听证人员）
          </Radio>
          <Radio value={false} data-testid="recusal-granted-no">
            不予回避
          </Radio>
        </Radio.Group>
      </Form.Item>
      <Reason label="决定理由" testId="recusal-decision-reason" />
    </ActionForm>
  );
}
