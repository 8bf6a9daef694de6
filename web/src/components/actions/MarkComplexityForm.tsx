import { ActionForm, type ActionFormProps } from './ActionForm';
import { Hint, TextField, YesNoField } from './fields';

interface Values {
  majorDifficultComplex: boolean;
  highlyTechnical: boolean;
  reasonZh: string;
}

const labels = {
  majorDifficultComplex: '本案是否重大、疑难、复杂',
  highlyTechnical: '本案是否专业性、技术性较强',
  reasonZh: '认定理由',
};

/**
 * 认定案件复杂程度: the two findings that make steps mandatory — a hearing (Art. 50) and the
 * committee's advisory opinion (Art. 52) — with the reasons.
 */
export function MarkComplexityForm(props: ActionFormProps) {
  const c = props.caseView.complexity;
  return (
    <ActionForm<'markComplexity', Values>
      {...props}
      action="markComplexity"
      labels={labels}
      {...(c
        ? {
            initialValues: {
              majorDifficultComplex: c.majorDifficultComplex,
              highlyTechnical: c.highlyTechnical,
              reasonZh: c.reasonZh,
            },
          }
        : {})}
      toFields={(v) => ({
        majorDifficultComplex: v.majorDifficultComplex,
        highlyTechnical: v.highlyTechnical,
        reasonZh: v.reasonZh.trim(),
      })}
    >
      <Hint>
        重大、疑难、复杂的案件应当组织听证（《行政复议法》第五十条），并应当提请行政复议委员会提出咨询意见；专业性、技术性较强的案件，以及本机关复议的案件，也应当提请行政复议委员会提出咨询意见（《行政复议法》第五十二条）。
      </Hint>
      <YesNoField
        name="majorDifficultComplex"
        labelZh={labels.majorDifficultComplex}
        testId="complexity-major"
      />
      <YesNoField name="highlyTechnical" labelZh={labels.highlyTechnical} testId="complexity-technical" />
      <TextField name="reasonZh" labelZh={labels.reasonZh} max={2000} rows={4} testId="complexity-reason" />
    </ActionForm>
  );
}
