import { Button, Drawer, Modal, Space } from 'antd';
import { useState } from 'react';
import type { Reference } from '../../api/reference';
import type { CaseView } from '../../api/types';
import { useNarrow } from '../../hooks/useNarrow';
import { actionEntry } from '../../registry/actions';
import { Section } from './Section';

type Offered = CaseView['allowedActions'][number];

/**
 * The actions this person may take now (the API's allowedActions, in its order and words), each
 * opening its registered form in a drawer or a dialog.
 */
export function ActionPanel(props: {
  readonly caseView: CaseView;
  readonly reference: Reference;
  onDone(updated: CaseView, labelZh: string): void;
  onReload(): void;
}) {
  const narrow = useNarrow();
  const [open, setOpen] = useState<Offered>();
  const offered = props.caseView.allowedActions.filter((a) => actionEntry(a.action));
  if (offered.length === 0) return null;

  const entry = open ? actionEntry(open.action) : undefined;
  const close = () => setOpen(undefined);
  const form =
    open && entry ? (
      <entry.form
        caseView={props.caseView}
        reference={props.reference}
        labelZh={open.labelZh}
        onDone={(updated) => {
          close();
          props.onDone(updated, open.labelZh);
        }}
        onCancel={close}
        onReload={() => {
          close();
          props.onReload();
        }}
      />
    ) : null;

  return (
    <Section id="actions" titleZh="可办理事项" testId="actions" className="no-print">
      <Space wrap>
        {offered.map((a, i) => (
          <Button
            key={a.action}
            type={i === 0 ? 'primary' : 'default'}
            onClick={() => setOpen(a)}
            aria-haspopup="dialog"
            data-testid={`action-${a.action}`}
          >
            {a.labelZh}
          </Button>
        ))}
      </Space>
      <Drawer
        open={entry?.opensIn === 'drawer'}
        title={open?.labelZh}
        onClose={close}
        size={narrow ? '100%' : 640}
        destroyOnHidden
        data-testid="action-drawer"
      >
        {entry?.opensIn === 'drawer' ? form : null}
      </Drawer>
      <Modal
        open={entry?.opensIn === 'modal'}
        title={open?.labelZh}
        onCancel={close}
        footer={null}
        destroyOnHidden
        width={narrow ? '100%' : 560}
      >
        {entry?.opensIn === 'modal' ? form : null}
      </Modal>
    </Section>
  );
}
