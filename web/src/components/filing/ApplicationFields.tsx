import {
  Card,
  Checkbox,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Typography,
} from 'antd';
import type { ReactNode } from 'react';
import type { Agencies } from '../../api/types';
import { choose, required } from '../../forms/problem';
import { agentKindsZh, applicantLabels } from './labels';
import type { ApplicantType, ApplicationValues } from './values';

type DirectoryEntry = Agencies['agencies'][number];

/** 'act.madeOn' → ['act', 'madeOn'], the form's name path for an API field path. */
const np = (path: string) => path.split('.');
/** The test id of a field's control. */
const tid = (path: string) => `field-${path}`;
/** A required date: typed or picked, so "请填写…" like any other field. */
const requiredDate = (what: string) => ({ required: true, message: `请填写${what}` });
const dateFormat = 'YYYY-MM-DD';

function Section(props: { readonly title: string; readonly id: string; readonly children: ReactNode }) {
  return (
    <Card
      className="filing-section"
      title={
        <h2 className="filing-section-title" id={props.id}>
          {props.title}
        </h2>
      }
    >
      <section aria-labelledby={props.id}>{props.children}</section>
    </Card>
  );
}

/** A yes/no question as two radio buttons; the group is named by the question. */
function YesNo(props: { readonly path: string; readonly question: string; readonly hint?: ReactNode }) {
  const labelId = `label-${props.path.replace(/\./g, '-')}`;
  return (
    <Form.Item
      name={np(props.path)}
      label={<span id={labelId}>{props.question}</span>}
      rules={[choose(props.question)]}
      extra={props.hint}
    >
      <Radio.Group aria-labelledby={labelId} data-testid={tid(props.path)}>
        <Radio value={true} data-testid={`${tid(props.path)}-yes`}>
          是
        </Radio>
        <Radio value={false} data-testid={`${tid(props.path)}-no`}>
          否
        </Radio>
      </Radio.Group>
    </Form.Item>
  );
}

function PersonFields() {
  const l = applicantLabels.person;
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item name={['applicant', 'name']} label={l.name} rules={[required(l.name)]}>
          <Input autoComplete="name" maxLength={50} data-testid={tid('applicant.name')} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={['applicant', 'residentId']}
          label={l.residentId}
          rules={[required(l.residentId)]}
          extra="18位，末位可为X"
        >
          <Input maxLength={18} autoComplete="off" data-testid={tid('applicant.residentId')} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={['applicant', 'phone']}
          label={l.phone}
          rules={[required(l.phone)]}
          extra="手机号11位，或带区号的固定电话"
        >
          <Input type="tel" autoComplete="tel" maxLength={20} data-testid={tid('applicant.phone')} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name={['applicant', 'address']} label={l.address} rules={[required(l.address)]}>
          <Input autoComplete="street-address" maxLength={200} data-testid={tid('applicant.address')} />
        </Form.Item>
      </Col>
    </Row>
  );
}

function OrganisationFields() {
  const l = applicantLabels.organisation;
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item name={['applicant', 'name']} label={l.name} rules={[required(l.name)]}>
          <Input autoComplete="organization" maxLength={100} data-testid={tid('applicant.name')} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name={['applicant', 'uscc']} label={l.uscc} rules={[required(l.uscc)]} extra="18位">
          <Input maxLength={18} autoComplete="off" data-testid={tid('applicant.uscc')} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={['applicant', 'legalRepresentative']}
          label={l.legalRepresentative}
          rules={[required(l.legalRepresentative)]}
        >
          <Input maxLength={50} data-testid={tid('applicant.legalRepresentative')} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={['applicant', 'phone']}
          label={l.phone}
          rules={[required(l.phone)]}
          extra="手机号11位，或带区号的固定电话"
        >
          <Input type="tel" autoComplete="tel" maxLength={20} data-testid={tid('applicant.phone')} />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item name={['applicant', 'address']} label={l.address} rules={[required(l.address)]}>
          <Input maxLength={200} data-testid={tid('applicant.address')} />
        </Form.Item>
      </Col>
    </Row>
  );
}

function AgentFields() {
  return (
    <Row gutter={16}>
      <Col xs={24}>
        <Typography.Paragraph type="secondary">
          此处登记为一般授权。代理人代为撤回申请、和解、调解须有特别授权：提交申请后可在案件页面“登记或更换代理人”中登记授权委托书载明的事项（《行政复议法》第十七条）。
        </Typography.Paragraph>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={['agent', 'name']} label="代理人姓名" rules={[required('代理人姓名')]}>
          <Input maxLength={50} data-testid={tid('agent.name')} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={['agent', 'phone']} label="代理人联系电话" rules={[required('代理人联系电话')]}>
          <Input type="tel" maxLength={20} data-testid={tid('agent.phone')} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={['agent', 'kind']} label="代理人类型" rules={[choose('代理人类型')]}>
          <Select
            data-testid={tid('agent.kind')}
            placeholder="请选择"
            options={Object.entries(agentKindsZh).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}

/** The respondent picked from the directory, grouped by region, each with the body that would review it. */
function RespondentField(props: { readonly agencies: readonly DirectoryEntry[] }) {
  const agencyId = Form.useWatch('respondentAgencyId') as string | undefined;
  const chosen = props.agencies.find((a) => a.agencyId === agencyId);
  const regions = [...new Set(props.agencies.map((a) => a.regionZh))];
  return (
    <Form.Item
      name="respondentAgencyId"
      label="被申请人（作出行政行为的行政机关）"
      rules={[choose('被申请人')]}
      extra={
        <div aria-live="polite" data-testid="respondent-hint">
          {chosen ? (
            <>
              复议机关：<strong>{chosen.competentBodyNameZh}</strong>（承办：{chosen.officeNameZh}）
              <br />
              {chosen.basisZh}
            </>
          ) : (
            '选择后显示受理您申请的行政复议机关'
          )}
        </div>
      }
    >
      <Select
        showSearch={{ optionFilterProp: 'label' }}
        placeholder="请选择或输入机关名称"
        data-testid={tid('respondentAgencyId')}
        options={regions.map((region) => ({
          label: <span>{region}</span>,
          title: region,
          options: props.agencies
            .filter((a) => a.regionZh === region)
            .map((a) => ({ value: a.agencyId, label: a.nameZh })),
        }))}
        optionRender={(option) => (
          <div className="agency-option">
            <div>{option.label}</div>
            <div className="agency-option-body">
              复议机关：{props.agencies.find((a) => a.agencyId === option.value)?.competentBodyNameZh}
            </div>
          </div>
        )}
      />
    </Form.Item>
  );
}

/** The periods the act's questions mention, from the rules table (GET /v1/rules). */
export interface ActPeriods {
  /** rc.noRightsNoticeCap: the cap when the agency did not tell of the right to apply. */
  readonly noRightsNoticeCapZh: string;
  /** rc.absoluteCapRealProperty: the longest time to apply against an act on real property. */
  readonly realPropertyCapZh: string;
}

function ActFields(props: {
  readonly actKinds: Readonly<Record<string, string>>;
  readonly periods: ActPeriods;
}) {
  const rightsNotified = Form.useWatch(['act', 'rightsNotified']) as boolean | undefined;
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name={['act', 'title']}
            label="行政行为名称"
            rules={[required('行政行为名称')]}
            extra="如：行政处罚决定书"
          >
            <Input maxLength={200} data-testid={tid('act.title')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['act', 'documentNumber']} label="文书编号（如有）">
            <Input maxLength={100} data-testid={tid('act.documentNumber')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name={['act', 'madeOn']}
            label="行政行为作出日期"
            rules={[requiredDate('行政行为作出日期')]}
            extra="年-月-日，如 2026-03-01"
          >
            <DatePicker format={dateFormat} className="full-width" data-testid={tid('act.madeOn')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name={['act', 'learnedOn']}
            label="知道该行政行为的日期"
            rules={[requiredDate('知道该行政行为的日期')]}
            extra="如收到决定书的日期"
          >
            <DatePicker format={dateFormat} className="full-width" data-testid={tid('act.learnedOn')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['act', 'kind']} label="行政行为类型" rules={[choose('行政行为类型')]}>
            <Select
              data-testid={tid('act.kind')}
              placeholder="请选择"
              options={Object.entries(props.actKinds).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['act', 'amountYuan']} label="涉及金额（元）" extra="罚款、没收等涉及金额的填写">
            <InputNumber
              min={0}
              precision={2}
              className="full-width"
              inputMode="decimal"
              data-testid={tid('act.amountYuan')}
            />
          </Form.Item>
        </Col>
      </Row>
      <YesNo path="act.rightsNotified" question="行政机关是否告知了申请行政复议的权利、复议机关和申请期限" />
      {rightsNotified === false ? (
        <Form.Item
          name={['act', 'rightsLearnedOn']}
          label="知道申请复议权利的日期（如知道）"
          extra="行政机关未告知的，申请期限自您知道申请权利之日起计算，最长不超过知道该行政行为之日起{props.periods.noRightsNoticeCapZh}（《行政复议法》第二十条第三款）；不填写的，按提交之日计算。"
        >
          <DatePicker format={dateFormat} data-testid={tid('act.rightsLearnedOn')} />
        </Form.Item>
      ) : null}
      <YesNo path="act.onTheSpot" question="是否为当场作出的行政处罚" />
      <Form.Item name={['act', 'realProperty']} valuePropName="checked">
        <Checkbox data-testid={tid('act.realProperty')}>
          行政行为涉及不动产（土地、房屋等，最长申请期限为{props.periods.realPropertyCapZh}）
        </Checkbox>
      </Form.Item>
    </>
  );
}

/** Every part of the application (行政复议申请书) except the timeliness check and the late-filing confirmation. */
export function ApplicationFields(props: {
  readonly agencies: readonly DirectoryEntry[];
  readonly actKinds: Readonly<Record<string, string>>;
  readonly periods: ActPeriods;
  readonly applicantType: ApplicantType;
}) {
  const hasAgent = Form.useWatch('hasAgent') as ApplicationValues['hasAgent'];
  const hasPriorWithdrawal = Form.useWatch('hasPriorWithdrawal') as ApplicationValues['hasPriorWithdrawal'];
  return (
    <>
      <Section title="申请人" id="section-applicant">
        <Form.Item
          name={['applicant', 'type']}
          label={<span id="label-applicant-type">申请人类型</span>}
          rules={[choose('申请人类型')]}
        >
          <Radio.Group aria-labelledby="label-applicant-type" data-testid="applicant-type">
            <Radio value="person" data-testid="applicant-type-person">
              公民（自然人）
            </Radio>
            <Radio value="organisation" data-testid="applicant-type-organisation">
              法人或者其他组织
            </Radio>
          </Radio.Group>
        </Form.Item>
        {props.applicantType === 'organisation' ? <OrganisationFields /> : <PersonFields />}
      </Section>
      <Section title="委托代理人（可选）" id="section-agent">
        <Form.Item name="hasAgent" valuePropName="checked">
          <Checkbox data-testid="has-agent">委托代理人代为申请</Checkbox>
        </Form.Item>
        {hasAgent ? <AgentFields /> : null}
      </Section>
      <Section title="被申请人" id="section-respondent">
        <RespondentField agencies={props.agencies} />
      </Section>
      <Section title="被申请复议的行政行为" id="section-act">
        <ActFields actKinds={props.actKinds} periods={props.periods} />
      </Section>
      <Section title="行政复议请求、事实和理由" id="section-requests">
        <Form.Item
          name="requests"
          label="行政复议请求"
          rules={[required('行政复议请求')]}
          extra="如：撤销××号行政处罚决定"
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={2000}
            data-testid={tid('requests')}
          />
        </Form.Item>
        <Form.Item name="factsAndReasons" label="事实和理由" rules={[required('事实和理由')]}>
          <Input.TextArea
            autoSize={{ minRows: 5, maxRows: 16 }}
            maxLength={10000}
            data-testid={tid('factsAndReasons')}
          />
        </Form.Item>
        <Form.Item name="hearingRequested" valuePropName="checked">
          <Checkbox data-testid={tid('hearingRequested')}>申请听证（《行政复议法》第五十条）</Checkbox>
        </Form.Item>
      </Section>
      <Section title="前次撤回（如适用）" id="section-prior-withdrawal">
        <Form.Item
          name="hasPriorWithdrawal"
          valuePropName="checked"
          extra="就同一行政行为申请复议并经准予撤回的，不得再以同一事实和理由申请，但能够证明撤回违背真实意思表示的除外（《行政复议法》第七十四条第二款）"
        >
          <Checkbox data-testid="has-prior-withdrawal">
            曾就该行政行为申请复议并经准予撤回，撤回违背本人真实意思表示
          </Checkbox>
        </Form.Item>
        {hasPriorWithdrawal ? (
          <>
            <Form.Item
              name={['priorWithdrawal', 'caseNumber']}
              label="前次撤回的案件编号"
              rules={[required('前次撤回的案件编号')]}
            >
              <Input maxLength={100} data-testid={tid('priorWithdrawal.caseNumber')} />
            </Form.Item>
            <Form.Item
              name={['priorWithdrawal', 'notGenuineZh']}
              label="撤回违背真实意思表示的理由"
              rules={[required('撤回违背真实意思表示的理由')]}
            >
              <Input.TextArea
                autoSize={{ minRows: 3, maxRows: 8 }}
                maxLength={2000}
                data-testid={tid('priorWithdrawal.notGenuineZh')}
              />
            </Form.Item>
          </>
        ) : null}
      </Section>
    </>
  );
}
