import type { IsoDate } from '../calendar/types';

/**
 * One legal document (法律文书) as issued: everything a renderer needs, already worded, in
 * reading order. Built from a template and its data (template.ts); rendered to PDF (pdf.ts) and
 * DOCX (docx.ts). Holds no formatting decision of its own: the renderers place it on the page.
 */
export interface OfficialDocument {
  /** The template it came from, e.g. 'decision'. */
  readonly kind: string;
  /** 行政复议决定书 */
  readonly titleZh: string;
  /** The body in whose name it is issued, e.g. 南京市人民政府 (above the title and at the signature). */
  readonly issuerZh: string;
  /** 宁政复决字〔2026〕12号 */
  readonly number: string;
  /** Whom a notice is addressed to, without the colon (张三); absent when the parties are listed. */
  readonly addresseeZh?: string;
  /** 申请人：…, 被申请人：…, 第三人：… (decisions and mediation statements, in place of an addressee). */
  readonly partyLines: readonly string[];
  /** Body paragraphs, each indented two characters. */
  readonly body: readonly string[];
  /** 附件 lines (e.g. the copy of the application sent to the respondent). */
  readonly attachments: readonly string[];
  /** How to challenge it (救济告知) or what follows from it, after the body. */
  readonly remedy: readonly string[];
  /** Lines the parties sign (a mediation statement takes effect once every party has signed). */
  readonly signatureLines: readonly string[];
  /** Every article the document relies on, in the order first cited, for the case file index. */
  readonly legalBasis: readonly string[];
  /** The date of the document (成文日期). */
  readonly issuedOn: IsoDate;
  /** 二〇二六年十一月二十四日 */
  readonly dateZh: string;
  /** Where the issuing body's seal goes: the renderers draw an outline over the signature. */
  readonly seal: { readonly placeholder: true; readonly ownerZh: string };
  /** A draft (草稿) carries a watermark on every page and must not be served. */
  readonly draft: boolean;
}

/**
 * A document number as written on Chinese official documents: 机关代字, the year in hexagonal
 * brackets 〔〕 (never 【】 or ()), then the serial without leading zeros.
 */
export const DOCUMENT_NUMBER = /^[\u4e00-\u9fff]+〔\d{4}〕[1-9]\d*号$/;

/**
 * A draft's number, its serial left blank until the document is issued and numbered:
 * 宁政复决字〔2026〕　　号 (ideographic spaces where the serial goes).
 */
export const DRAFT_NUMBER = /^[\u4e00-\u9fff]+〔\d{4}〕\u3000+号$/;

/** 宁政复决字, 2026, 12 → 宁政复决字〔2026〕12号 */
export function documentNumber(prefixZh: string, year: number, serial: number): string {
  const n = `${prefixZh}〔${year}〕${serial}号`;
  if (!Number.isInteger(year) || !Number.isInteger(serial) || !DOCUMENT_NUMBER.test(n))
    throw new RangeError(`not a document number: ${n}`);
  return n;
}

/**
 * The 附件 lines as printed below the text: 附件：name, or numbered 1．2．… with the later names
 * aligned under the first when there are several (GB/T 9704 §7.3.4).
 */
export function attachmentLines(attachments: readonly string[]): string[] {
  if (attachments.length === 1) return [`附件：${attachments[0]}`];
  return attachments.map((a, i) => `${i === 0 ? '附件：' : '\u3000\u3000\u3000'}${i + 1}．${a}`);
}
