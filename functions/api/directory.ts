import { bodies, bodiesUnder, directoryListing } from '../../shared/directory/agencies';
import { roleLabelsZh } from '../../shared/domain/actors';
import { actKindsZh } from '../../shared/domain/application';
import { refusalReasonsZh } from '../../shared/domain/case';
import { bodyAudience, supervisorAudience } from '../../shared/domain/notices';
import { actorFrom, apiHandler, fail } from '../../shared/http/api';
import { json } from '../../shared/http/problem';
import { reconsiderationThresholds, reconsiderationTimeLimits } from '../../shared/rules/reconsideration';
import { runtime } from '../../shared/runtime';

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
      return json(200, {
        timeLimits: Object.values(reconsiderationTimeLimits),
        thresholds: Object.values(reconsiderationThresholds),
        labels: { actKindsZh, refusalReasonsZh, roleLabelsZh },
      });
    case 'GET /v1/notifications': {
      const rt = await runtime();
      const actor = actorFrom(event);
      const audiences = [actor.userId];
      if ((actor.role === 'clerk' || actor.role === 'officeHead') && actor.bodyId)
        audiences.push(bodyAudience(actor.bodyId));
      if (actor.role === 'supervisor' && actor.bodyId)
        audiences.push(...bodiesUnder(actor.bodyId).map(supervisorAudience));
      if (actor.role === 'respondent' && actor.agencyId) audiences.push(`agency:${actor.agencyId}`);
      return json(200, { items: await rt.store.listNotifications(audiences) });
    }
    default:
      return fail({ code: 'action.unknown', messageZh: `未知的接口：${event.routeKey}` });
  }
});
