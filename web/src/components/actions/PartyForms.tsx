import { Button, Checkbox, Form, Input, InputNumber, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { vocabulary } from '../../api/reference';
import type { ActionFields } from '../../api/types';
import { formatDate } from '../../format';
import { choose, required } from '../../forms/problem';
import { agentKindZh } from '../case/labels';
import { activeAgents, applicationStatusZh } from '../case/review-labels';
import { ActionForm, type ActionFormProps } from './ActionForm';
import { CheckboxGroupField, DayField, Hint, isoDay, optional } from './fields';

/**
 * The parties' forms (review/parties.ts): third parties invited or admitted on application
 * (Art. 16), agents with the authority of their power of attorney (Art. 17), representatives of
 * numerous applicants (Art. 15).
 */

type ThirdParty = ActionFields<'inviteThirdParty'>['thirdParty'];

/** A third party as the form fills it in: a person or an organisation. */
interface PartyValues {
  type: ThirdParty['type'];
  name?: string;
  residentId?: string;
  uscc?: string;
  legalRepresentative?: string;
  phone?: string;
  address?: string;
}

const partyLabels = (prefix: string) => ({
  [prefix]: '第三人',
  [`${prefix}.name`]: '姓名或名称',
  [`${prefix}.residentId`]: '公民身份号码',
  [`${prefix}.uscc`]: '统一社会信用代码',
  [`${prefix}.legalRepresentative`]: '法定代表人或主要负责人',
  [`${prefix}.phone`]: '联系电话',
  [`${prefix}.address`]: '住址或住所',
});

function toParty(v: PartyValues): ThirdParty {
  const text = (s: string | undefined) => s?.trim() ?? '';
  return v.type === 'organisation'
    ? {
        type: 'organisation',
        name: text(v.name),
        uscc: text(v.uscc),
        legalRepresentative: text(v.legalRepresentative),
        address: text(v.address),
        ...optional('phone', v.phone),
      }
    : {
        type: 'person',
        name: text(v.name),
        address: text(v.address),
        ...optional('residentId', v.residentId),
        ...optional('phone', v.phone),
      };
}

/** The fields of a third party (person or organisation) under `prefix`, and their account. */
function ThirdPartyFields(props: { readonly prefix: string; readonly testId: string }) {
  const at = (field: string) => [props.prefix, field];
  const id = `${props.testId}-type-label`;
  return (
    <>
      <Form.Item name={at('type')} label={<span id={id}>第三人类型</span>} rules={[choose('第三人类型')]}>
        <Radio.Group aria-labelledby={id}>
          <Radio value="person" data-testid={`${props.testId}-person`}>
            自然人
          </Radio>
          <Radio value="organisation" data-testid={`${props.testId}-organisation`}>
            法人或其他组织
          </Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item noStyle dependencies={[at('type')]}>
        {({ getFieldValue }) => {
          const organisation = getFieldValue(at('type')) === 'organisation';
          return (
            <>
              <Form.Item
                name={at('name')}
                label={organisation ? '名称' : '姓名'}
                rules={[required(organisation ? '名称' : '姓名')]}
              >
                <Input maxLength={organisation ? 100 : 50} data-testid={`${props.testId}-name`} />
              </Form.Item>
              {organisation ? (
                <>
                  <Form.Item
                    name={at('uscc')}
                    label="统一社会信用代码"
                    rules={[required('统一社会信用代码')]}
                  >
                    <Input maxLength={18} data-testid={`${props.testId}-uscc`} />
                  </Form.Item>
                  <Form.Item
                    name={at('legalRepresentative')}
                    label="法定代表人或主要负责人"
                    rules={[required('法定代表人或主要负责人')]}
                  >
                    <Input maxLength={50} />
                  </Form.Item>
                </>
              ) : (
                <Form.Item name={at('residentId')} label="公民身份号码（选填）">
                  <Input maxLength={18} data-testid={`${props.testId}-resident-id`} />
                </Form.Item>
              )}
              <Form.Item name={at('phone')} label="联系电话（选填）">
                <Input type="tel" maxLength={20} />
              </Form.Item>
              <Form.Item
                name={at('address')}
                label={organisation ? '住所' : '住址'}
                rules={[required(organisation ? '住所' : '住址')]}
              >
                <Input maxLength={200} data-testid={`${props.testId}-address`} />
              </Form.Item>
            </>
          );
        }}
      </Form.Item>
    </>
  );
}

const UserIdField = (props: { readonly labelZh: string; readonly testId: string }) => (
  <Form.Item
    name="userId"
    label={`${props.labelZh}（选填）`}
    extra="其本人在本系统登录使用的账号；填写后可登录查看本案并在线办理"
  >
    <Input maxLength={64} data-testid={props.testId} />
  </Form.Item>
);

const InterestField = (props: { readonly testId: string }) => (
  <Form.Item name="interestZh" label="与本案的利害关系" rules={[required('与本案的利害关系')]}>
    <Input.TextArea rows={3} maxLength={2000} showCount data-testid={props.testId} />
  </Form.Item>
);

interface InviteValues {
  thirdParty: PartyValues;
  userId?: string;
  interestZh: string;
}

/** 通知第三人参加行政复议: the 参加行政复议通知书 goes to them (Art. 16). */
export function InviteThirdPartyForm(props: ActionFormProps) {
  const labels = { ...partyLabels('thirdParty'), userId: '第三人的登录账号', interestZh: '与本案的利害关系' };
  return (
    <ActionForm<'inviteThirdParty', InviteValues>
      {...props}
      action="inviteThirdParty"
      labels={labels}
      initialValues={{ thirdParty: { type: 'person' } }}
      toFields={(v) => ({
        thirdParty: toParty(v.thirdParty),
        interestZh: v.interestZh.trim(),
        ...optional('userId', v.userId),
      })}
    >
      <Hint>
        与被申请行政复议的行政行为或者案件处理结果有利害关系的，复议机构可以通知其作为第三人参加行政复议（《行政复议法》第十六条）；系统据此制作参加行政复议通知书。
      </Hint>
      <ThirdPartyFields prefix="thirdParty" testId="third-party" />
      <UserIdField labelZh="第三人的登录账号" testId="third-party-user" />
      <InterestField testId="third-party-interest" />
    </ActionForm>
  );
}

interface ApplicationValues {
  applicant: PartyValues;
  userId?: string;
  interestZh: string;
  receivedOn: Dayjs;
}

/** 登记第三人参加申请: the written application received, decided separately. */
export function RecordThirdPartyApplicationForm(props: ActionFormProps) {
  const labels = {
    ...partyLabels('applicant'),
    applicant: '申请参加的人',
    userId: '申请人的登录账号',
    interestZh: '与本案的利害关系',
    receivedOn: '收到申请的日期',
  };
  return (
    <ActionForm<'recordThirdPartyApplication', ApplicationValues>
      {...props}
      action="recordThirdPartyApplication"
      labels={labels}
      initialValues={{ applicant: { type: 'person' } }}
      toFields={(v) => ({
        applicant: toParty(v.applicant),
        interestZh: v.interestZh.trim(),
        receivedOn: isoDay(v.receivedOn),
        ...optional('userId', v.userId),
      })}
    >
      <Hint>
        申请人以外有利害关系的公民、法人或者其他组织可以申请作为第三人参加行政复议（《行政复议法》第十六条）。请登记收到的书面申请，审查后决定是否准许。
      </Hint>
      <ThirdPartyFields prefix="applicant" testId="tp-application" />
      <UserIdField labelZh="申请人的登录账号" testId="tp-application-user" />
      <InterestField testId="tp-application-interest" />
      <DayField
        name="receivedOn"
        labelZh={labels.receivedOn}
        from={props.caseView.receivedOn}
        testId="tp-application-received-on"
      />
    </ActionForm>
  );
}

interface DecideValues {
  applicationId: string;
  admitted: boolean;
  reasonZh?: string;
}

/** 审查第三人参加申请: admit, or refuse with a reason. */
export function DecideThirdPartyApplicationForm(props: ActionFormProps) {
  const pending = props.caseView.thirdPartyApplications.filter((a) => a.status === 'pending');
  const labels = { applicationId: '参加申请', admitted: '审查结果', reasonZh: '不予准许的理由' };
  return (
    <ActionForm<'decideThirdPartyApplication', DecideValues>
      {...props}
      action="decideThirdPartyApplication"
      labels={labels}
      initialValues={{ applicationId: pending[0]?.id, admitted: true }}
      toFields={(v) => ({
        applicationId: v.applicationId,
        admitted: v.admitted,
        ...(v.admitted ? {} : optional('reasonZh', v.reasonZh)),
      })}
    >
      <Form.Item name="applicationId" label={labels.applicationId} rules={[choose(labels.applicationId)]}>
        <Select
          data-testid="tp-decide-application"
          options={pending.map((a) => ({
            value: a.id,
            label: `${a.details.name}（${formatDate(a.receivedOn)}收到，${applicationStatusZh[a.status]}）：${a.interestZh}`,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="admitted"
        label={<span id="tp-decide-label">{labels.admitted}</span>}
        rules={[choose(labels.admitted)]}
      >
        <Radio.Group aria-labelledby="tp-decide-label">
          <Radio value={true} data-testid="tp-decide-admit">
            准许作为第三人参加
          </Radio>
          <Radio value={false} data-testid="tp-decide-refuse">
            不予准许
          </Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item noStyle dependencies={['admitted']}>
        {({ getFieldValue }) =>
          getFieldValue('admitted') === false ? (
            <Form.Item name="reasonZh" label={labels.reasonZh} rules={[required(labels.reasonZh)]}>
              <Input.TextArea rows={3} maxLength={2000} showCount data-testid="tp-decide-reason" />
            </Form.Item>
          ) : null
        }
      </Form.Item>
    </ActionForm>
  );
}

type AgentInput = ActionFields<'appointAgent'>['agent'];
interface AgentValues {
  agent: {
    name: string;
    phone: string;
    kind: AgentInput['kind'];
    scope: AgentInput['scope'];
    powers?: NonNullable<AgentInput['powers']>;
    userId?: string;
  };
  replacesAgentId?: string;
}

/** 登记或更换代理人: one or two agents, each with the authority the power of attorney states (Art. 17). */
export function AppointAgentForm(props: ActionFormProps) {
  const powersZh = vocabulary(props.reference, props.caseView.procedure, 'specialPowersZh');
  const active = activeAgents(props.caseView);
  const labels = {
    agent: '代理人',
    'agent.name': '代理人姓名',
    'agent.phone': '代理人联系电话',
    'agent.kind': '代理人类型',
    'agent.scope': '授权范围',
    'agent.powers': '特别授权事项',
    'agent.userId': '代理人的登录账号',
    replacesAgentId: '被更换的代理人',
  };
  return (
    <ActionForm<'appointAgent', AgentValues>
      {...props}
      action="appointAgent"
      labels={labels}
      initialValues={{ agent: { scope: 'general' } as AgentValues['agent'] }}
      toFields={(v) => ({
        agent: {
          name: v.agent.name.trim(),
          phone: v.agent.phone.trim(),
          kind: v.agent.kind,
          scope: v.agent.scope,
          ...(v.agent.scope === 'special' ? { powers: v.agent.powers ?? [] } : {}),
          ...optional('userId', v.agent.userId),
        },
        ...(v.replacesAgentId ? { replacesAgentId: v.replacesAgentId } : {}),
      })}
    >
      <Hint>
        申请人可以委托一至二名代理人，并提交授权委托书，载明委托事项、权限和期限（《行政复议法》第十七条）。撤回申请、和解、调解等须有特别授权。
      </Hint>
      <Form.Item
        name={['agent', 'name']}
        label={labels['agent.name']}
        rules={[required(labels['agent.name'])]}
      >
        <Input maxLength={50} data-testid="agent-name" />
      </Form.Item>
      <Form.Item
        name={['agent', 'phone']}
        label={labels['agent.phone']}
        rules={[required(labels['agent.phone'])]}
      >
        <Input type="tel" maxLength={20} data-testid="agent-phone" />
      </Form.Item>
      <Form.Item name={['agent', 'kind']} label={labels['agent.kind']} rules={[choose(labels['agent.kind'])]}>
        <Select
          data-testid="agent-kind"
          options={Object.entries(agentKindZh).map(([value, label]) => ({ value, label }))}
        />
      </Form.Item>
      <Form.Item
        name={['agent', 'scope']}
        label={<span id="agent-scope-label">{labels['agent.scope']}</span>}
        rules={[choose(labels['agent.scope'])]}
      >
        <Radio.Group aria-labelledby="agent-scope-label">
          <Radio value="general" data-testid="agent-scope-general">
            一般授权
          </Radio>
          <Radio value="special" data-testid="agent-scope-special">
            特别授权
          </Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item noStyle dependencies={[['agent', 'scope']]}>
        {({ getFieldValue }) =>
          getFieldValue(['agent', 'scope']) === 'special' ? (
            <Form.Item
              name={['agent', 'powers']}
              label={<span id="agent-powers-label">{labels['agent.powers']}（按授权委托书勾选）</span>}
              rules={[choose(labels['agent.powers'])]}
            >
              <CheckboxGroupField className="vertical-options" labelledBy="agent-powers-label">
                {Object.entries(powersZh).map(([code, labelZh]) => (
                  <Checkbox key={code} value={code} data-testid={`agent-power-${code}`}>
                    {labelZh}
                  </Checkbox>
                ))}
              </CheckboxGroupField>
            </Form.Item>
          ) : null
        }
      </Form.Item>
      <Form.Item
        name={['agent', 'userId']}
        label={`${labels['agent.userId']}（选填）`}
        extra="填写后代理人可登录查看本案，并在授权范围内代申请人办理"
      >
        <Input maxLength={64} data-testid="agent-user" />
      </Form.Item>
      {active.length ? (
        <Form.Item
          name="replacesAgentId"
          label={`${labels.replacesAgentId}${active.length >= 2 ? '' : '（选填）'}`}
          rules={active.length >= 2 ? [choose(labels.replacesAgentId)] : []}
          extra={active.length >= 2 ? '本案已有两名代理人，登记新代理人须更换其中一名' : undefined}
        >
          <Select
            allowClear
            data-testid="agent-replaces"
            options={active.map((a) => ({ value: a.id, label: `${a.name}（${agentKindZh[a.kind]}）` }))}
          />
        </Form.Item>
      ) : null}
    </ActionForm>
  );
}

interface DismissValues {
  agentId: string;
  reasonZh?: string;
}

/** 解除代理人委托: the applicant tells the body in writing (Art. 17); the agent loses access. */
export function DismissAgentForm(props: ActionFormProps) {
  const active = activeAgents(props.caseView);
  const labels = { agentId: '代理人', reasonZh: '解除委托的说明' };
  return (
    <ActionForm<'dismissAgent', DismissValues>
      {...props}
      action="dismissAgent"
      labels={labels}
      initialValues={{ agentId: active[0]?.id }}
      toFields={(v) => ({ agentId: v.agentId, ...optional('reasonZh', v.reasonZh) })}
    >
      <Hint>解除委托后，该代理人不能再查看本案或代申请人办理。</Hint>
      <Form.Item name="agentId" label={labels.agentId} rules={[choose(labels.agentId)]}>
        <Select
          data-testid="dismiss-agent"
          options={active.map((a) => ({ value: a.id, label: `${a.name}（${agentKindZh[a.kind]}）` }))}
        />
      </Form.Item>
      <Form.Item name="reasonZh" label={`${labels.reasonZh}（选填）`}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </ActionForm>
  );
}

/** Art. 15 with the Implementing Regulations (Art. 8): one to five representatives. */
const MAX_REPRESENTATIVES = 5;

interface RepresentativesValues {
  applicantCount: number;
  representatives: { name: string; phone?: string; residentId?: string }[];
}

/** 登记代表人: the representatives numerous applicants elected (Art. 15). */
export function RecordRepresentativesForm(props: ActionFormProps) {
  const labels = {
    applicantCount: '申请人人数',
    representatives: '代表人',
    'representatives.*.name': '代表人姓名',
    'representatives.*.phone': '代表人联系电话',
    'representatives.*.residentId': '代表人公民身份号码',
  };
  return (
    <ActionForm<'recordRepresentatives', RepresentativesValues>
      {...props}
      action="recordRepresentatives"
      labels={labels}
      initialValues={{ representatives: [{ name: '' }] }}
      toFields={(v) => ({
        applicantCount: v.applicantCount,
        representatives: v.representatives.map((r) => ({
          name: r.name.trim(),
          ...optional('phone', r.phone),
          ...optional('residentId', r.residentId),
        })),
      })}
    >
      <Hint>
        同一案件申请人人数众多的，可以由申请人推选代表人参加行政复议（《行政复议法》第十五条），代表人一至
        {MAX_REPRESENTATIVES}
        名。代表人变更行政复议请求、撤回申请，应当经被代表的申请人同意。
      </Hint>
      <Form.Item name="applicantCount" label={labels.applicantCount} rules={[choose(labels.applicantCount)]}>
        <InputNumber min={2} precision={0} data-testid="representatives-count" />
      </Form.Item>
      <Form.List name="representatives">
        {(rows, { add, remove }) => (
          <>
            <ol className="correction-rows">
              {rows.map((row, i) => (
                <li key={row.key} className="correction-row">
                  <Form.Item
                    name={[row.name, 'name']}
                    label={`第${i + 1}名 代表人姓名`}
                    rules={[required('代表人姓名')]}
                  >
                    <Input maxLength={50} data-testid={`representative-name-${i}`} />
                  </Form.Item>
                  <Form.Item name={[row.name, 'phone']} label={`第${i + 1}名 联系电话（选填）`}>
                    <Input type="tel" maxLength={20} />
                  </Form.Item>
                  {rows.length > 1 ? (
                    <Button type="link" onClick={() => remove(row.name)}>
                      删除第{i + 1}名
                    </Button>
                  ) : null}
                </li>
              ))}
            </ol>
            {rows.length < MAX_REPRESENTATIVES ? (
              <Button onClick={() => add({ name: '' })} data-testid="add-representative">
                添加一名代表人
              </Button>
            ) : null}
          </>
        )}
      </Form.List>
    </ActionForm>
  );
}
