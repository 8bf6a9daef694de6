import { redactText } from '../observability/redact';
import { type Actor, roles } from './actors';
import { audienceKind } from './audiences';
import type { Party } from './case';
import {
  maskAddressForDisplay,
  maskNameForDisplay,
  maskPhoneForDisplay,
  maskResidentIdForDisplay,
} from './masks';

/**
 * Who sees which personal data of a case: one table, by the viewer's role and relation to the
 * case, used by every presenter (case view, timeline, list rows, notices). The rule
 * (《个人信息保护法》第二十八条: a resident identity number is sensitive personal information): the
 * resident identity number, telephone and address of a natural person are shown in full only to
 * the case's own staff (clerks and office head of the body handling it) and to the person
 * themselves — the applicant and the agent acting for them count as one side. Everyone else with
 * access to the case sees them masked (formats in ./masks.ts). Names are shown to everyone with
 * access to the case; the public would see only a surname. An organisation's name, credit code and
 * registered address are not personal data and stay visible; its contact telephone is often a
 * person's own mobile and is masked like one.
 *
 * The event log keeps the full values: masking is a presentation concern only.
 */

/**
 * The viewer's relation to the case: every role (the one list in ./actors.ts), plus the parties
 * who sign in as citizens (agent, third party) and the public (staff of another body and
 * anyone unrelated count as public).
 */
export const viewers = [...roles, 'agent', 'thirdParty', 'public'] as const;
export type Viewer = (typeof viewers)[number];

export const viewerLabelsZh: Record<Viewer, string> = {
  applicant: '申请人本人',
  agent: '代理人',
  thirdParty: '第三人',
  clerk: '本案承办人',
  officeHead: '本案复议机构负责人',
  committeeMember: '复议委员会委员',
  respondent: '被申请人',
  supervisor: '监督人员',
  admin: '系统管理员',
  public: '公众',
};

/** Whose data: the natural persons a case names. */
export const subjects = ['applicant', 'agent', 'thirdParty'] as const;
export type Subject = (typeof subjects)[number];

export const personFields = ['name', 'residentId', 'phone', 'address'] as const;
export type PersonField = (typeof personFields)[number];
export const organisationFields = ['name', 'uscc', 'legalRepresentative', 'phone', 'address'] as const;
export type OrganisationField = (typeof organisationFields)[number];

/** full: as given; masked: partly hidden (./masks.ts); hidden: left out of the output. */
export type Level = 'full' | 'masked' | 'hidden';

type PersonRow = Readonly<Record<PersonField, Level>>;
interface ViewerRow {
  /** A natural person of each subject (an organisation applicant or third party: `organisation`). */
  readonly applicant: PersonRow;
  readonly agent: PersonRow;
  readonly thirdParty: PersonRow;
  /** Any organisation named in the case (an applicant or a third party that is not a natural person). */
  readonly organisation: Readonly<Record<OrganisationField, Level>>;
}

const own: PersonRow = { name: 'full', residentId: 'full', phone: 'full', address: 'full' };
const masked: PersonRow = { name: 'full', residentId: 'masked', phone: 'masked', address: 'masked' };
const anonymous: PersonRow = { name: 'masked', residentId: 'hidden', phone: 'hidden', address: 'masked' };
const organisation = {
  name: 'full',
  uscc: 'full',
  legalRepresentative: 'full',
  phone: 'full',
  address: 'full',
} as const;
const organisationMasked = { ...organisation, phone: 'masked' } as const;

export const visibilityTable: Readonly<Record<Viewer, ViewerRow>> = {
  // The applicant and the agent acting for them are one side: each sees the other in full.
  applicant: { applicant: own, agent: own, thirdParty: masked, organisation },
  agent: { applicant: own, agent: own, thirdParty: masked, organisation },
  thirdParty: { applicant: masked, agent: masked, thirdParty: own, organisation: organisationMasked },
  // The case's own staff handle the case: they see everything.
  clerk: { applicant: own, agent: own, thirdParty: own, organisation },
  officeHead: { applicant: own, agent: own, thirdParty: own, organisation },
  committeeMember: { applicant: masked, agent: masked, thirdParty: masked, organisation: organisationMasked },
  respondent: { applicant: masked, agent: masked, thirdParty: masked, organisation: organisationMasked },
  supervisor: { applicant: masked, agent: masked, thirdParty: masked, organisation: organisationMasked },
  admin: { applicant: masked, agent: masked, thirdParty: masked, organisation: organisationMasked },
  public: {
    applicant: anonymous,
    agent: anonymous,
    thirdParty: anonymous,
    organisation: { ...organisation, legalRepresentative: 'masked', phone: 'hidden' },
  },
};

const citizenParties: readonly Party['role'][] = ['applicant', 'agent', 'thirdParty'];

/**
 * The viewer `actor` is for a case. With the case's parties, a citizen is the party they are on
 * it; a list row has no parties, and its list key already names whose row it is (a citizen's own
 * list holds only their own cases). Staff of another body count as public.
 */
export function viewerOf(
  actor: Actor,
  c: { readonly bodyId: string; readonly parties?: readonly Party[] },
): Viewer {
  switch (actor.role) {
    case 'applicant': {
      if (!c.parties) return 'applicant';
      const mine = c.parties.filter((p) => p.userId === actor.userId).map((p) => p.role);
      return citizenParties.find((r) => mine.includes(r)) ?? 'public';
    }
    case 'clerk':
    case 'officeHead':
      return actor.bodyId === c.bodyId ? actor.role : 'public';
    case 'committeeMember':
    case 'respondent':
    case 'supervisor':
    case 'admin':
      return actor.role;
    default:
      return 'public';
  }
}

const maskers: Record<'name' | 'residentId' | 'phone' | 'address', (s: string) => string> = {
  name: maskNameForDisplay,
  residentId: maskResidentIdForDisplay,
  phone: maskPhoneForDisplay,
  address: maskAddressForDisplay,
};

function applyLevels<T extends object>(
  value: T,
  levels: Readonly<Record<string, Level>>,
  maskOf: (field: string) => (s: string) => string,
): T {
  const out = { ...value } as Record<string, unknown>;
  for (const [field, level] of Object.entries(levels)) {
    const v = out[field];
    if (typeof v !== 'string' || level === 'full') continue;
    if (level === 'hidden') delete out[field];
    else out[field] = maskOf(field)(v);
  }
  return out as T;
}

/** A natural person's fields as `viewer` sees them; fields the table does not name pass unchanged. */
export function showPerson<P extends Partial<Record<PersonField, string>>>(
  viewer: Viewer,
  subject: Subject,
  person: P,
): P {
  return applyLevels(person, visibilityTable[viewer][subject], (f) => maskers[f as PersonField]);
}

/** An organisation's fields as `viewer` sees them (its legal representative's name masked as a name). */
export function showOrganisation<O extends Partial<Record<OrganisationField, string>>>(
  viewer: Viewer,
  org: O,
): O {
  return applyLevels(org, visibilityTable[viewer].organisation, (f) =>
    f === 'legalRepresentative' ? maskNameForDisplay : maskers[f as 'name' | 'phone' | 'address'],
  );
}

/** A party given as a person or an organisation (`type`), as `viewer` sees it. */
export function showParty<P extends { readonly type: 'person' | 'organisation' }>(
  viewer: Viewer,
  subject: Subject,
  party: P,
): P {
  const fields = party as unknown as Record<string, string>;
  const shown =
    party.type === 'organisation' ? showOrganisation(viewer, fields) : showPerson(viewer, subject, fields);
  return shown as unknown as P;
}

/** A name alone (a list row, the actor of an event), of a person or of an organisation. */
export function showName(
  viewer: Viewer,
  subject: Subject,
  name: string,
  kind: 'person' | 'organisation',
): string {
  const level =
    kind === 'organisation'
      ? visibilityTable[viewer].organisation.name
      : visibilityTable[viewer][subject].name;
  return level === 'full' ? name : level === 'masked' ? maskNameForDisplay(name) : '';
}

/**
 * Free text a subject wrote (facts and reasons, answers, a withdrawal reason): in full to whoever
 * sees the subject's identity number in full; for anyone else, identity and telephone numbers
 * written into it are masked.
 */
export function showText(viewer: Viewer, subject: Subject, text: string): string {
  return visibilityTable[viewer][subject].residentId === 'full' ? text : redactText(text);
}

/**
 * The viewer a notice's recipient is: a body's clerks are the case's own staff (a notice goes to
 * the body handling the case), supervisors, the respondent agency and the administrators as such,
 * a user as the party they are on the case.
 */
export function viewerOfRecipient(recipient: string, c: { readonly parties: readonly Party[] }): Viewer {
  switch (audienceKind(recipient)) {
    case 'body':
      return 'clerk';
    case 'supervisors':
      return 'supervisor';
    case 'agency':
      return 'respondent';
    case 'admins':
      return 'admin';
    case 'user': {
      const roles = c.parties.filter((p) => p.userId === recipient).map((p) => p.role);
      return (
        citizenParties.find((r) => roles.includes(r)) ??
        (roles.includes('committeeMember') ? 'committeeMember' : 'public')
      );
    }
  }
}
