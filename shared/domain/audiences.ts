/** Notice audiences besides a single user: a body's clerks, its supervisors, an agency's staff, the administrators. */
export const bodyAudience = (bodyId: string) => `body:${bodyId}`;
export const supervisorAudience = (bodyId: string) => `supervisors:${bodyId}`;
export const agencyAudience = (agencyId: string) => `agency:${agencyId}`;
export const adminAudience = 'admins';
