import { Radio } from 'antd';
import { useState } from 'react';
import { loadReference, waitingStages } from '../../api/reference';
import type { ListStage } from '../../api/types';
import { usePortal } from '../../app/portal';
import { CaseList } from '../../components/cases/CaseList';
import { ListPage } from '../../components/cases/ListPage';
import { useLoad } from '../../hooks/useLoad';

const all = 'all';

/** The stages a queue can be narrowed to, labelled by the API (GET /v1/rules). */
function StageFilter(props: { readonly value: string; onChange(stage: string): void }) {
  const { api } = usePortal();
  const reference = useLoad(() => loadReference(api), [api]);
  const stages = reference.data ? waitingStages(reference.data) : [];
  return (
    <div className="list-filter no-print">
      <span id="queue-stage-label" className="list-filter-label">
        办理阶段：
      </span>
      <Radio.Group
        aria-labelledby="queue-stage-label"
        optionType="button"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value as string)}
        data-testid="stage-filter"
        options={[{ value: all, label: '全部' }, ...stages.map((s) => ({ value: s.id, label: s.labelZh }))]}
      />
    </div>
  );
}

/** 待办案件 (clerks and office heads): the body's open cases, nearest due date first. */
export default function Queue() {
  const [stage, setStage] = useState(all);
  return (
    <ListPage titleZh="待办案件" introZh="本机关正在办理的案件，按最近届满的法定期限排序。点击案件编号办理。">
      <StageFilter value={stage} onChange={setStage} />
      <CaseList
        query={{ view: 'queue', ...(stage === all ? {} : { stage: stage as ListStage }), limit: 20 }}
        captionZh="待办案件列表"
        emptyZh={stage === all ? '暂无待办案件' : '该阶段暂无待办案件'}
      />
    </ListPage>
  );
}
