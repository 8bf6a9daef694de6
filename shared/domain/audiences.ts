/** Notice audiences besides a single user: a body's clerks, its supervisors, an agency's staff, the administrators. */
export const bodyAudience = (bodyId: string) => `body:${bodyId}`;
export const supervisorAudience = (bodyId: string) => `supervisors:${bodyId}`;
export const agencyAudience = (agencyId: string) => `agency:${agencyId}`;
export const adminAudience = 'admins';

/** Which kind of audience a notice recipient is; a plain user id is a 'user'. */
export function audienceKind(recipient: string): 'body' | 'supervisors' | 'agency' | 'admins' | 'user' {
  if (recipient === adminAudience) return 'admins';
  if (recipient.startsWith('body:')) return 'body';
  if (recipient.startsWith('supervisors:')) return 'supervisors';
  if (recipient.startsWith('agency:')) return 'agency';
  return 'user';
}
