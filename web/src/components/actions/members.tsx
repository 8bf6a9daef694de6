import { Button, Checkbox, Form, Input, Select } from 'antd';
import { type Reference, vocabulary } from '../../api/reference';
import { choose, required } from '../../forms/problem';

/**
 * The people a hearing panel or a committee referral names (Arts. 50, 52): each by account and
 * name, with what they declared about a conflict of interest — the agencies they worked for and
 * any relation to a party. The API refuses a member who may not sit, naming them and the reason.
 */
export interface MemberRow {
  userId: string;
  nameZh: string;
  kind?: 'committeeMember' | 'staff';
  panelRole?: 'presiding' | 'officer' | 'clerk';
  formerAgencyIds?: string[];
  relatedToParty?: boolean;
  relationZh?: string;
}

/** The labels of a member row's fields by the API's path, for the error summary. */
export const memberLabels = {
  members: '人员',
  'members.*.userId': '人员账号',
  'members.*.nameZh': '姓名',
  'members.*.kind': '人员类别',
  'members.*.panelRole': '听证职务',
  'members.*.formerAgencyIds': '曾任职的行政机关',
  'members.*.relatedToParty': '与当事人有利害关系',
  'members.*.relationZh': '与当事人的关系',
};

/** A row as the API takes it: trimmed, the relation only when one is declared. */
export function memberFields<R extends MemberRow>(row: R) {
  const relation = row.relatedToParty ? row.relationZh?.trim() : undefined;
  return {
    ...row,
    userId: row.userId.trim(),
    nameZh: row.nameZh.trim(),
    formerAgencyIds: row.formerAgencyIds ?? [],
    relatedToParty: row.relatedToParty === true,
    relationZh: relation || undefined,
  };
}

/** The rows of people, one block each; `panel` adds the kind and the hearing role. */
export function MemberRows(props: {
  readonly reference: Reference;
  readonly procedure: string;
  readonly panel: boolean;
  readonly testId: string;
  readonly newRow: () => MemberRow;
}) {
  const rolesZh = vocabulary(props.reference, props.procedure, 'panelRolesZh');
  const kindsZh = vocabulary(props.reference, props.procedure, 'memberKindsZh');
  const agencies = props.reference.agencies.agencies.map((a) => ({ value: a.agencyId, label: a.nameZh }));
  return (
    <Form.List name="members">
      {(rows, { add, remove }) => (
        <>
          <ol className="correction-rows" data-testid={props.testId}>
            {rows.map((row, i) => (
              <li key={row.key} className="correction-row">
                {props.panel ? (
                  <Form.Item
                    name={[row.name, 'panelRole']}
                    label={`第${i + 1}人 听证职务`}
                    rules={[choose('听证职务')]}
                  >
                    <Select
                      options={Object.entries(rolesZh).map(([value, label]) => ({ value, label }))}
                      data-testid={`${props.testId}-role-${i}`}
                    />
                  </Form.Item>
                ) : null}
                <Form.Item name={[row.name, 'nameZh']} label={`第${i + 1}人 姓名`} rules={[required('姓名')]}>
                  <Input maxLength={50} data-testid={`${props.testId}-name-${i}`} />
                </Form.Item>
                <Form.Item
                  name={[row.name, 'userId']}
                  label={`第${i + 1}人 人员账号`}
                  rules={[required('人员账号')]}
                  extra="登录本系统所用的账号编号"
                >
                  <Input maxLength={64} data-testid={`${props.testId}-user-${i}`} />
                </Form.Item>
                {props.panel ? (
                  <Form.Item
                    name={[row.name, 'kind']}
                    label={`第${i + 1}人 人员类别`}
                    rules={[choose('人员类别')]}
                  >
                    <Select
                      options={Object.entries(kindsZh).map(([value, label]) => ({ value, label }))}
                      data-testid={`${props.testId}-kind-${i}`}
                    />
                  </Form.Item>
                ) : null}
                <Form.Item
                  name={[row.name, 'formerAgencyIds']}
                  label={`第${i + 1}人 曾任职的行政机关（本人申报，选填）`}
                >
                  <Select
                    mode="multiple"
                    allowClear
                    showSearch={{ optionFilterProp: 'label' }}
                    options={agencies}
                    placeholder="如曾在被申请人任职，应当回避"
                    data-testid={`${props.testId}-former-${i}`}
                  />
                </Form.Item>
                <Form.Item name={[row.name, 'relatedToParty']} valuePropName="checked">
                  <Checkbox data-testid={`${props.testId}-related-${i}`}>
                    第{i + 1}人申报与本案当事人有近亲属或其他利害关系
                  </Checkbox>
                </Form.Item>
                <Form.Item noStyle dependencies={[['members', row.name, 'relatedToParty']]}>
                  {({ getFieldValue }) =>
                    getFieldValue(['members', row.name, 'relatedToParty']) ? (
                      <Form.Item name={[row.name, 'relationZh']} label={`第${i + 1}人 与当事人的关系`}>
                        <Input maxLength={500} />
                      </Form.Item>
                    ) : null
                  }
                </Form.Item>
                {rows.length > 1 ? (
                  <Button type="link" onClick={() => remove(row.name)} className="correction-remove">
                    删除第{i + 1}人
                  </Button>
                ) : null}
              </li>
            ))}
          </ol>
          <Button onClick={() => add(props.newRow())} data-testid={`${props.testId}-add`}>
            添加一人
          </Button>
        </>
      )}
    </Form.List>
  );
}
