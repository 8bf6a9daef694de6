import type { routeGroups } from '../../infra/routes';
import { bodies, bodiesUnder, directoryListing } from '../../shared/directory/agencies';
import { roleLabelsZh } from '../../shared/domain/actors';
import {
  adminAudience,
  agencyAudience,
  bodyAudience,
  supervisorAudience,
} from '../../shared/domain/audiences';
import { registeredProcedures } from '../../shared/domain/registry';
import { actorFrom, apiHandler, fail, type RequestSchemas } from '../../shared/http/api';
import { json } from '../../shared/http/problem';
import { runtime } from '../../shared/runtime';

/** Every registered procedure's rules and labels, as a citizen or the portal reads them. */
function rules() {
  const procedures = registeredProcedures().map((p) => ({
    id: p.id,
    labelZh: p.labelZh,
    timeLimits: Object.values(p.timeLimits),
    thresholds: p.thresholds,
    stages: Object.fromEntries(
      Object.entries(p.definition.stages).map(([id, s]) => [id, { labelZh: s.labelZh, kind: s.kind }]),
    ),
    deadlines: Object.fromEntries(
      Object.entries(p.definition.deadlines).map(([id, d]) => [
        id,
        { responsible: d.responsible, startEventZh: d.startEventZh },
      ]),
    ),
    eventLabelsZh: p.eventLabelsZh,
    vocabulary: p.vocabulary,
  }));
  return {
    procedures,
    timeLimits: procedures.flatMap((p) => p.timeLimits),
    thresholds: procedures.flatMap((p) => p.thresholds),
    labels: Object.assign({ roleLabelsZh }, ...procedures.map((p) => p.vocabulary)),
  };
}

/** What each route reads: nothing but the caller's identity. */
export const requests: Record<(typeof routeGroups)['directory']['routes'][number]['key'], RequestSchemas> = {
  'GET /health': {},
  'GET /v1/agencies': {},
  'GET /v1/rules': {},
  'GET /v1/notifications': {},
};

export const handler = apiHandler(async (event) => {
  switch (event.routeKey) {
    case 'GET /health': {
      const rt = await runtime();
      await rt.store.listCalendarYears();
      return json(200, { status: 'ok', time: rt.clock.now().toISOString() });
    }
    case 'GET /v1/agencies':
      return json(200, { agencies: directoryListing(), bodies });
    case 'GET /v1/rules':
      return json(200, rules());
    case 'GET /v1/notifications': {
      const rt = await runtime();
      const actor = actorFrom(event);
      const audiences = [actor.userId];
      if ((actor.role === 'clerk' || actor.role === 'officeHead') && actor.bodyId)
        audiences.push(bodyAudience(actor.bodyId));
      if (actor.role === 'supervisor' && actor.bodyId)
        audiences.push(...bodiesUnder(actor.bodyId).map(supervisorAudience));
      if (actor.role === 'respondent' && actor.agencyId) audiences.push(agencyAudience(actor.agencyId));
      if (actor.role === 'admin') audiences.push(adminAudience);
      return json(200, { items: await rt.store.listNotifications(audiences) });
    }
    default:
      return fail({ code: 'action.unknown', messageZh: `未知的接口：${event.routeKey}` });
  }
});
