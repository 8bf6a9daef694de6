import { formatDateZh } from '../../calendar/explain';
import { adminAudience, agencyAudience, bodyAudience, supervisorAudience } from '../../domain/audiences';
import type { Deadline } from '../../domain/case';
import type { Notice } from '../../domain/procedure';
import { showName, viewerOfRecipient } from '../../domain/visibility';
import { partOfEvent } from './review';
import { reconsiderationTimeLimits } from './rules';
import type { CaseEvent, CaseState } from './types';
import { refusalReasonsZh } from './types';

const litigation = reconsiderationTimeLimits.litigationAfterDecision;

/** Who is told what after each event — pure, so every notice is decided with the event. */
export function noticesFor(state: CaseState, event: CaseEvent): Notice[] {
  const no = state.caseNumber;
  const applicant = state.applicantUserId;
  const body = bodyAudience(state.bodyId);
  const dl = (key: string) => state.deadlines[key];
  /** The applicant's name as the recipient may see it (the visibility table). */
  const applicantNameFor = (recipient: string) =>
    showName(
      viewerOfRecipient(recipient, state),
      'applicant',
      state.application.applicant.name,
      state.application.applicant.type,
    );
  const responsibleAudience = (d: Deadline) =>
    d.responsible === 'applicant'
      ? applicant
      : d.responsible === 'respondent'
        ? agencyAudience(state.application.respondentAgencyId)
        : body;
  const due = (key: string) => {
    const d = dl(key);
    return d ? formatDateZh(d.dueDate) : '';
  };
  switch (event.type) {
    case 'caseFiled':
      return [
        {
          recipient: applicant,
          kind: 'filed',
          subjectZh: `已收到您的行政复议申请（${no}）`,
          bodyZh: `${state.bodyNameZh}已收到您的申请，将在${due('acceptanceReview')}前完成受理审查；逾期未作出不予受理决定的，视为受理（《行政复议法》第三十条）。${state.timeliness.timely ? '' : `提示：${state.timeliness.messageZh}`}`,
        },
        {
          recipient: body,
          kind: 'newApplication',
          subjectZh: `新的行政复议申请待受理审查（${no}）${state.timeliness.timely ? '' : '【可能超过申请期限】'}`,
          bodyZh: `申请人：${applicantNameFor(body)}；被申请行为：${state.application.act.title}。受理审查期限至${due('acceptanceReview')}，补正通知须在${due('correctionNotice')}前发出。`,
        },
      ];
    case 'correctionRequested':
      return [
        {
          recipient: applicant,
          kind: 'correctionRequested',
          subjectZh: `补正通知（${no}）`,
          bodyZh: `请在${due('correctionResponse')}前补正以下材料：${event.data.items.map((i, n) => `${n + 1}. ${i.descriptionZh}`).join('；')}。无正当理由逾期不补正的，视为放弃行政复议申请（《行政复议法》第三十一条）。`,
        },
      ];
    case 'correctionSubmitted':
      return [
        {
          recipient: body,
          kind: 'correctionSubmitted',
          subjectZh: `申请人已提交补正材料（${no}）`,
          bodyZh: `受理审查期限重新计算，至${due('acceptanceReview')}。`,
        },
      ];
    case 'accepted':
    case 'deemedAccepted': {
      const deemed = event.type === 'deemedAccepted';
      const text = `${deemed ? `复议机关在受理审查期限内未作出不予受理决定，依《行政复议法》第三十条，自${formatDateZh(event.data.acceptedOn)}起视为受理` : `您的申请已于${formatDateZh(event.data.acceptedOn)}受理`}，适用${event.data.track === 'simplified' ? '简易' : '普通'}程序，复议决定应在${due('decision')}前作出。`;
      return [
        {
          recipient: applicant,
          kind: event.type,
          subjectZh: `${deemed ? '视为受理' : '受理'}通知（${no}）`,
          bodyZh: text,
        },
        ...(deemed
          ? [
              {
                recipient: body,
                kind: 'deemedAccepted',
                subjectZh: `【督办】案件已因逾期未审查视为受理（${no}）`,
                bodyZh: `${text}请在${due('respondentCopy')}前向被申请人发送申请书副本。`,
              },
              {
                recipient: supervisorAudience(state.bodyId),
                kind: 'deemedAccepted',
                subjectZh: `受理审查逾期，案件视为受理（${no}）`,
                bodyZh: text,
              },
            ]
          : []),
      ];
    }
    case 'refused':
      return [
        {
          recipient: applicant,
          kind: 'refused',
          subjectZh: `不予受理决定（${no}）`,
          bodyZh: `理由：${event.data.reasons.map((r) => refusalReasonsZh[r]).join('；')}${event.data.competentBodyNameZh ? `。请向有管辖权的${event.data.competentBodyNameZh}申请` : ''}${event.data.noteZh ? `。说明：${event.data.noteZh}` : ''}。对不予受理决定不服的，可以自收到决定书之日起${litigation.amount}日内依法提起行政诉讼（${litigation.article}）。`,
        },
      ];
    case 'forwarded':
      return [
        {
          recipient: applicant,
          kind: 'forwarded',
          subjectZh: `您的申请已转送${event.data.toBodyNameZh}（${event.data.caseNumber}）`,
          bodyZh: `原案号${state.forwardedFrom.at(-1) ?? ''}。受理审查期限自${formatDateZh(event.data.receivedOn)}起重新计算，至${due('acceptanceReview')}。`,
        },
        {
          recipient: bodyAudience(event.data.toBodyId),
          kind: 'newApplication',
          subjectZh: `收到转送的行政复议申请（${event.data.caseNumber}）`,
          bodyZh: `受理审查期限至${due('acceptanceReview')}。`,
        },
      ];
    case 'copySent':
    case 'copyReceived': {
      const agency = agencyAudience(state.application.respondentAgencyId);
      const reply = dl('respondentReply');
      const replyText = reply
        ? `请在答复期限内（届满日：${formatDateZh(reply.dueDate)}，当日24时止）提出书面答复，并提交作出行政行为的证据、依据和其他有关材料（${reply.article}）。被申请人不按期答复的，视为该行政行为没有证据、依据（《行政复议法》第七十条）。`
        : '';
      if (event.type === 'copyReceived')
        return [
          {
            recipient: agency,
            kind: 'replyPeriodStarted',
            subjectZh: `已登记收到行政复议申请书副本（${no}）`,
            bodyZh: `${state.bodyNameZh}登记贵机关于${formatDateZh(event.data.receivedOn)}收到申请书副本。${replyText}`,
          },
        ];
      const online = event.data.channel === 'online';
      return [
        {
          recipient: agency,
          kind: 'copySent',
          subjectZh: `行政复议申请书副本（${no}）`,
          bodyZh: `${state.bodyNameZh}已受理${applicantNameFor(agency)}对贵机关“${state.application.act.title}”提出的行政复议申请，于${formatDateZh(event.data.sentOn)}${online ? '网上送达' : '邮寄'}申请书副本。${online ? replyText : '答复期限自贵机关收到副本之日起计算。'}`,
        },
        {
          recipient: applicant,
          kind: 'copySent',
          subjectZh: `已向被申请人发送申请书副本（${no}）`,
          bodyZh: `${state.bodyNameZh}已于${formatDateZh(event.data.sentOn)}${online ? '网上送达' : '邮寄'}申请书副本给被申请人，被申请人应在收到之日起法定期限内答复。`,
        },
      ];
    }
    case 'timelinessRecomputed': {
      const was = event.data.from;
      const now = event.data.timeliness;
      if (was.timely === now.timely) return [];
      const verdict = (timely: boolean) => (timely ? '在法定申请期限内' : '超过法定申请期限');
      const text = `因${event.data.calendarYear}年官方节假日安排载入，申请期限重新计算：原认定${verdict(was.timely)}（届满日${formatDateZh(was.dueDate)}），现认定${verdict(now.timely)}（届满日${formatDateZh(now.dueDate)}）。${now.messageZh}`;
      return [
        {
          recipient: body,
          kind: 'timelinessRecomputed',
          subjectZh: `申请期限认定变更：${verdict(now.timely)}（${no}）`,
          bodyZh: text,
        },
        {
          recipient: applicant,
          kind: 'timelinessRecomputed',
          subjectZh: `申请期限重新计算（${no}）`,
          bodyZh: text,
        },
      ];
    }
    case 'withdrawn':
      return [
        {
          recipient: body,
          kind: 'withdrawn',
          subjectZh: `申请人已撤回申请（${no}）`,
          bodyZh: event.data.reasonZh,
        },
        {
          recipient: applicant,
          kind: 'withdrawn',
          subjectZh: `您已撤回申请（${no}）`,
          bodyZh: '案件已终结。',
        },
      ];
    case 'deemedAbandoned':
      return [
        {
          recipient: applicant,
          kind: 'deemedAbandoned',
          subjectZh: `视为放弃行政复议申请（${no}）`,
          bodyZh: `补正期限已于${formatDateZh(event.data.correctionDueDate)}届满，未收到补正材料，依《行政复议法》第三十一条视为放弃申请，案件终结。`,
        },
        {
          recipient: body,
          kind: 'deemedAbandoned',
          subjectZh: `申请人逾期未补正，视为放弃（${no}）`,
          bodyZh: '案件已终结。',
        },
      ];
    case 'deadlineWarned': {
      const d = dl(event.data.key);
      if (!d) return [];
      return [
        {
          recipient: responsibleAudience(d),
          kind: 'deadlineWarning',
          subjectZh: `期限即将届满：${d.labelZh}（${no}）`,
          bodyZh: `${d.labelZh}将于${formatDateZh(d.dueDate)}（北京时间24时）届满。${d.explanationZh}`,
        },
      ];
    }
    case 'deadlineOverdue': {
      const d = dl(event.data.key);
      if (!d) return [];
      const notice = {
        kind: 'deadlineOverdue',
        subjectZh: `【逾期】${d.labelZh}已届满（${no}）`,
        bodyZh: `${state.bodyNameZh}承办的案件${no}，${d.labelZh}已于${formatDateZh(d.dueDate)}届满仍未完成，请督促办理。`,
      };
      return [
        { recipient: body, ...notice },
        { recipient: supervisorAudience(state.bodyId), ...notice },
      ];
    }
    case 'deadlinesRecomputed':
      return [applicant, body].map((recipient) => ({
        recipient,
        kind: 'deadlinesRecomputed',
        subjectZh: `法定节假日安排调整，期限重新计算（${no}）`,
        bodyZh: event.data.changes
          .map((c) => `${dl(c.key)?.labelZh ?? c.key}：${formatDateZh(c.fromDue)} → ${formatDateZh(c.toDue)}`)
          .join('；'),
      }));
    case 'deadlineLapsed': {
      const d = dl(event.data.key);
      if (d?.key !== 'respondentReply') return [];
      return [
        {
          recipient: body,
          kind: 'respondentReplyLapsed',
          subjectZh: `被申请人答复期限已届满（${no}）`,
          bodyZh: `被申请人未在答复期限内（届满日：${formatDateZh(d.dueDate)}）提出书面答复、提交证据和依据的，视为该行政行为没有证据、依据（《行政复议法》第七十条），但行政行为涉及第三人合法权益、第三人提供证据的除外。`,
        },
      ];
    }
    case 'deadlineAwaitingCalendar': {
      const d = dl(event.data.key);
      if (!d) return [];
      const years = event.data.provisionalYears.map((y) => `${y}年`).join('、');
      const text = `${d.labelZh}按暂定日历计算的届满日（${formatDateZh(d.dueDate)}）已过，但${years}官方节假日安排尚未载入，期限的法律效果暂不自动产生；载入后将按正式日历重新计算并依法处理。`;
      return [
        {
          recipient: body,
          kind: 'deadlineAwaitingCalendar',
          subjectZh: `期限待正式日历确定（${no}）`,
          bodyZh: text,
        },
        {
          recipient: adminAudience,
          kind: 'deadlineAwaitingCalendar',
          subjectZh: `请载入${years}官方节假日安排（${no}）`,
          bodyZh: text,
        },
      ];
    }
    // The case's materials: the engine's own notices (shared/domain/files.ts fileNotices).
    case 'fileAttached':
    case 'fileConfidentialityMarked':
    case 'fileConfidentialityUnmarked':
    case 'fileRead':
    // A party's reading of a document is recorded, not announced.
    case 'documentRead':
      return [];
    default: {
      const noticesOf = partOfEvent(event.type)?.notices?.[event.type];
      return noticesOf ? noticesOf(state, event.data as never, event) : [];
    }
  }
}
