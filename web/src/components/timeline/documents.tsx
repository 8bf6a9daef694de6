import type { EventProps } from './reconsideration';

const formatZh = { pdf: 'PDF', docx: 'Word（DOCX）' } as const;

/** A party read a document the case issued (recorded on the case, shown to staff and the reader). */
export function DocumentRead({ event }: EventProps<'documentRead'>) {
  const d = event.data;
  return (
    <p>
      查阅（下载）《{d.titleZh}》（{d.number}），{formatZh[d.format]}。
    </p>
  );
}
