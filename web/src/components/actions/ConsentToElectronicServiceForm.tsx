import { ActionForm, type ActionFormProps } from './ActionForm';
import { Hint } from './fields';

/**
 * 同意电子送达: the party's own consent (送达地址确认). From then on documents of the case reach
 * their message inbox in this system, and the day one arrives there is its day of service; a
 * decision already waiting for them by post reaches them at once.
 */
export function ConsentToElectronicServiceForm(props: ActionFormProps) {
  const waiting = props.caseView.stage === 'service';
  return (
    <ActionForm<'consentToElectronicService', Record<string, never>>
      {...props}
      action="consentToElectronicService"
      labels={{}}
      toFields={() => ({})}
    >
      <Hint>
        同意电子送达后，本案的行政复议决定书等文书将送达您在本系统的消息中心，不再邮寄。
        <strong>文书到达消息中心之日即为送达之日</strong>
        ，对行政复议决定不服的起诉期限也自该日起计算，请及时查看。
        {waiting ? '行政复议决定书正在送达中：同意后即时送达您。' : ''}
      </Hint>
    </ActionForm>
  );
}
