import { describe, expect, it } from '@jest/globals';
import { beforeSpringFestival2026, fineApplication, useTestSystem } from '../support/local-system';
import { pdfBytes, sha256Hex, upload } from '../support/uploads';

/*
 * The case's materials through the real HTTP API on the local runtime: an upload link, the bytes
 * PUT to it (the store checking length, type and SHA-256), the upload attached to a case, the
 * list as each person sees it (Art. 47: the other side's file withheld with its reason, never its
 * name), downloads that record every party's reading on the case, and refusals that change nothing.
 */

const s = useTestSystem(beforeSpringFestival2026, {
  applicant: 'zhangsan',
  otherApplicant: 'lisi',
  clerk: 'wangfang',
  respondent: 'liuwei',
  supervisor: 'sunli',
  committee: 'chenjing',
});

type Entry = { fileId: string; withheld: boolean; name?: string; withheldZh?: string; purpose: string };
const names = (items: Entry[]) =>
  items.map((f) => (f.withheld ? `withheld:${f.purpose}` : (f.name as string)));

let caseId = '';
const version = 0;
const ids = { evidence: '', reply: '', respondentEvidence: '', basis: '' };

async function attach(client: typeof s.applicant, body: Record<string, unknown>) {
  return client.post(`/v1/cases/${caseId}/files`, body);
}
const versionOf = async () => (await s.clerk.get(`/v1/cases/${caseId}`)).body.version as number;
const eventTypes = async (client: typeof s.applicant) =>
  ((await client.get(`/v1/cases/${caseId}/events`)).body.items as { type: string }[]).map((e) => e.type);

describe('uploading and attaching', () => {
  it('files a case with an attached piece of evidence (one append: the filing, then the file)', async () => {
    const bytes = pdfBytes('处罚决定书复印件');
    const up = await upload(s.applicant, { fileName: '处罚决定书.pdf', bytes, purpose: 'evidence' });
    expect(up.ticket.status).toBe(201);
    expect(up.ticket.body).toMatchObject({ method: 'PUT', uploadId: expect.any(String) });
    expect(up.ticket.body.headers['content-type']).toBe('application/pdf');
    expect(up.put?.status).toBe(200);
    const withEvidence = fineApplication({ attachments: [{ uploadId: up.uploadId, purpose: 'evidence' }] });
    const filed = await s.applicant.file(withEvidence, 'filing-with-evidence');
    expect(filed.status).toBe(201);
    caseId = filed.body.id;
    // A repeat (same key, same application) is the same case, though its upload has moved into it.
    const repeat = await s.applicant.file(withEvidence, 'filing-with-evidence');
    expect([repeat.status, repeat.body.id]).toEqual([200, caseId]);
    ids.evidence = up.uploadId as string;
    expect(await eventTypes(s.clerk)).toEqual(['caseFiled', 'fileAttached']);
    const listed = await s.applicant.get(`/v1/cases/${caseId}/files`);
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual([
      expect.objectContaining({
        fileId: ids.evidence,
        withheld: false,
        name: '处罚决定书.pdf',
        size: bytes.byteLength,
        sha256: sha256Hex(bytes),
        purpose: 'evidence',
        purposeLabelZh: '证据',
        side: 'applicant',
        uploadedBy: { role: 'applicant', nameZh: '张三' },
        readingLogged: true,
      }),
    ]);
    // The upload was moved into the case: it cannot be attached again, here or elsewhere.
    const again = await s.applicant.file(
      fineApplication({ attachments: [{ uploadId: ids.evidence, purpose: 'evidence' }] }),
    );
    expect(again.status).toBe(404);
    expect(again.body.code).toBe('file.uploadNotFound');
    expect(again.body.errors).toEqual([{ path: 'attachments.0.uploadId', messageZh: '没有这个上传文件' }]);
  });

  it('brings the respondent in (acceptance, copy sent); it sees the applicant’s evidence (Art. 48)', async () => {
    const filed = await s.clerk.get(`/v1/cases/${caseId}`);
    const accepted = await s.clerk.act(caseId, { action: 'accept', expectedVersion: filed.body.version });
    const sent = await s.clerk.act(caseId, {
      action: 'sendCopy',
      expectedVersion: accepted.body.version,
      channel: 'online',
      sentOn: '2026-02-10',
    });
    expect(sent.status).toBe(200);
    const seen = await s.respondent.get(`/v1/cases/${caseId}/files`);
    expect(names(seen.body.items)).toEqual(['处罚决定书.pdf']);
  });

  it('the respondent attaches its reply, evidence and basis', async () => {
    for (const [key, fileName, purpose] of [
      ['reply', '行政复议答复书.pdf', 'reply'],
      ['respondentEvidence', '检测报告.pdf', 'evidence'],
      ['basis', '处罚依据.pdf', 'basis'],
    ] as const) {
      const up = await upload(s.respondent, { fileName, bytes: pdfBytes(fileName), purpose });
      expect([fileName, up.put?.status]).toEqual([fileName, 200]);
      const attached = await attach(s.respondent, { uploadId: up.uploadId, purpose });
      expect([fileName, attached.status]).toEqual([fileName, 201]);
      expect(attached.body).toMatchObject({ name: fileName, side: 'respondent', withheld: false });
      ids[key] = up.uploadId as string;
      // Attaching the same upload again answers with the file as attached: nothing new is written.
      const before = await versionOf();
      const repeat = await attach(s.respondent, { uploadId: up.uploadId, purpose });
      expect([fileName, repeat.status, await versionOf()]).toEqual([fileName, 200, before]);
    }
    // A party's new material is announced to the clerks of the body (not the filing's own files).
    const inbox = await s.clerk.get('/v1/notifications');
    const notices = (inbox.body.items as { kind: string; caseId: string }[]).filter(
      (n) => n.kind === 'fileAttached' && n.caseId === caseId,
    );
    expect(notices).toHaveLength(3);
  });
});

describe('who sees what (Art. 47)', () => {
  it('the clerk marks the respondent’s evidence as a commercial secret; only the staff and the respondent see its name', async () => {
    const marked = await s.clerk.call(
      'PUT',
      `/v1/cases/${caseId}/files/${ids.respondentEvidence}/confidentiality`,
      {
        marked: true,
        kind: 'commercialSecret',
        reasonZh: '检测报告载有第三方企业的配方数据',
      },
    );
    expect(marked.status).toBe(200);
    expect(marked.body.confidentiality).toMatchObject({
      kind: 'commercialSecret',
      kindLabelZh: '涉及商业秘密',
    });

    const all = ['处罚决定书.pdf', '行政复议答复书.pdf', '检测报告.pdf', '处罚依据.pdf'];
    for (const [who, client, expected] of [
      ['clerk', s.clerk, all],
      ['supervisor', s.supervisor, all],
      ['respondent', s.respondent, all],
      [
        'applicant',
        s.applicant,
        ['处罚决定书.pdf', '行政复议答复书.pdf', 'withheld:evidence', '处罚依据.pdf'],
      ],
    ] as const) {
      const listed = await client.get(`/v1/cases/${caseId}/files`);
      expect([who, names(listed.body.items)]).toEqual([who, expected]);
    }
    const forApplicant = await s.applicant.get(`/v1/cases/${caseId}/files`);
    const withheld = (forApplicant.body.items as Entry[]).find((f) => f.withheld);
    expect(withheld?.withheldZh).toContain('检测报告载有第三方企业的配方数据');
    // Nowhere in what the applicant receives is the withheld file's name: not the list, not the timeline.
    const timeline = await s.applicant.get(`/v1/cases/${caseId}/events`);
    expect(JSON.stringify([forApplicant.body, timeline.body])).not.toContain('检测报告.pdf');
    // Another citizen does not learn the case exists.
    expect((await s.otherApplicant.get(`/v1/cases/${caseId}/files`)).status).toBe(404);
  });

  it('a withheld file is refused with its reason; a file of no concern to the person is not found', async () => {
    const refused = await s.applicant.get(`/v1/cases/${caseId}/files/${ids.respondentEvidence}`);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('file.withheld');
    expect(refused.body.detail).toContain('第四十七条');
    const unknown = await s.applicant.get(`/v1/cases/${caseId}/files/00000000-0000-4000-8000-000000000000`);
    expect(unknown.status).toBe(404);
  });

  it('unmarking opens the file to the applicant again', async () => {
    const unmarked = await s.clerk.call(
      'PUT',
      `/v1/cases/${caseId}/files/${ids.respondentEvidence}/confidentiality`,
      {
        marked: false,
        reasonZh: '第三方已同意公开',
      },
    );
    expect(unmarked.status).toBe(200);
    const listed = await s.applicant.get(`/v1/cases/${caseId}/files`);
    expect(names(listed.body.items)).toContain('检测报告.pdf');
    const twice = await s.clerk.call(
      'PUT',
      `/v1/cases/${caseId}/files/${ids.respondentEvidence}/confidentiality`,
      {
        marked: false,
        reasonZh: '再次取消',
      },
    );
    expect(twice.status).toBe(409);
    const byParty = await s.respondent.call('PUT', `/v1/cases/${caseId}/files/${ids.reply}/confidentiality`, {
      marked: true,
      kind: 'stateSecret',
      reasonZh: '涉密',
    });
    expect(byParty.status).toBe(403);
  });
});

describe('online reading', () => {
  it('a party’s download is logged on the case (fileRead), then the bytes come with the file name', async () => {
    const before = await versionOf();
    const link = await s.applicant.get(`/v1/cases/${caseId}/files/${ids.reply}`);
    expect(link.status).toBe(200);
    expect(link.body).toMatchObject({ fileName: '行政复议答复书.pdf', method: 'GET', readingLogged: true });
    expect(await versionOf()).toBe(before + 1);
    const download = await fetch(link.body.url);
    expect(download.status).toBe(200);
    const bytes = new Uint8Array(await download.arrayBuffer());
    expect(sha256Hex(bytes)).toBe(sha256Hex(pdfBytes('行政复议答复书.pdf')));
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('行政复议答复书.pdf')}`,
    );

    // Who read what: on the staff's timeline and the reader's own, not on the other side's.
    const reads = async (client: typeof s.applicant) =>
      (
        (await client.get(`/v1/cases/${caseId}/events`)).body.items as {
          type: string;
          actor: { userId: string };
        }[]
      )
        .filter((e) => e.type === 'fileRead')
        .map((e) => e.actor.userId);
    expect(await reads(s.clerk)).toEqual(['local-zhangsan']);
    expect(await reads(s.applicant)).toEqual(['local-zhangsan']);
    expect(await reads(s.respondent)).toEqual([]);
    const clerkTimeline = await s.clerk.get(`/v1/cases/${caseId}/events`);
    const read = (
      clerkTimeline.body.items as { type: string; labelZh: string; data: { file: Entry } }[]
    ).find((e) => e.type === 'fileRead');
    expect(read?.labelZh).toBe('在线阅卷');
    expect(read?.data.file.name).toBe('行政复议答复书.pdf');
  });

  it('staff readings are not logged on the case', async () => {
    const before = await versionOf();
    const link = await s.clerk.get(`/v1/cases/${caseId}/files/${ids.evidence}`);
    expect(link.status).toBe(200);
    expect(link.body.readingLogged).toBe(false);
    expect(await versionOf()).toBe(before);
  });

  it('a download link is bound to its object, its name and its time', async () => {
    const link = await s.respondent.get(`/v1/cases/${caseId}/files/${ids.evidence}`);
    const url = new URL(link.body.url);
    url.searchParams.set('x-filename', 'other.pdf');
    const tampered = await fetch(url);
    expect(tampered.status).toBe(403);
    expect((await tampered.json()).code).toBe('file.linkInvalid');
    const elsewhere = new URL(link.body.url.replace(ids.evidence, ids.reply));
    expect((await fetch(elsewhere)).status).toBe(403);
  });
});

describe('refusals change nothing', () => {
  it('a type or size outside the rules, or a purpose not the person’s, is refused before any link is given', async () => {
    const text = await upload(s.applicant, {
      fileName: '说明.txt',
      contentType: 'text/plain',
      bytes: new TextEncoder().encode('说明'),
      purpose: 'evidence',
    });
    expect(text.ticket.status).toBe(422);
    expect(text.ticket.body.code).toBe('file.typeNotAllowed');
    const large = await s.applicant.post('/v1/uploads', {
      fileName: '录像截图.pdf',
      contentType: 'application/pdf',
      size: 20 * 1024 * 1024 + 1,
      sha256: 'a'.repeat(64),
      purpose: 'evidence',
    });
    expect(large.status).toBe(422);
    expect(large.body.code).toBe('file.tooLarge');
    expect(large.body.errors[0].path).toBe('size');
    const reply = await upload(s.applicant, { fileName: '答复.pdf', bytes: pdfBytes('x'), purpose: 'reply' });
    expect(reply.ticket.status).toBe(403);
    expect(reply.ticket.body.code).toBe('file.purposeNotAllowed');
    const power = await upload(s.respondent, {
      fileName: '委托书.pdf',
      bytes: pdfBytes('y'),
      purpose: 'powerOfAttorney',
    });
    expect(power.ticket.status).toBe(403);
  });

  it('the store refuses bytes other than those declared (SHA-256, length, type), with a Chinese problem', async () => {
    const before = await versionOf();
    const declared = pdfBytes('申请人补充证据');
    const wrongContent = await upload(s.applicant, {
      fileName: '补充证据.pdf',
      bytes: declared,
      purpose: 'evidence',
      // The same length, one byte changed.
      send: declared.map((b, i) => (i === 20 ? b ^ 1 : b)),
    });
    expect(wrongContent.put?.status).toBe(400);
    expect(wrongContent.put?.headers.get('content-type')).toContain('application/problem+json');
    expect(wrongContent.putBody).toMatchObject({ code: 'file.mismatch' });
    expect((wrongContent.putBody as { detail: string }).detail).toMatch(/[\u4e00-\u9fff]/);

    const longer = await upload(s.applicant, {
      fileName: '补充证据.pdf',
      bytes: declared,
      purpose: 'evidence',
      send: new Uint8Array([...declared, 0x0a]),
    });
    expect(longer.put?.status).toBe(400);

    const up = await s.applicant.post('/v1/uploads', {
      fileName: '补充证据.pdf',
      contentType: 'application/pdf',
      size: declared.byteLength,
      sha256: sha256Hex(declared),
      purpose: 'evidence',
    });
    const asPng = await fetch(up.body.url, {
      method: 'PUT',
      headers: { ...up.body.headers, 'content-type': 'image/png' },
      body: Buffer.from(declared),
    });
    expect(asPng.status).toBe(400);

    // None of them was stored: attaching any is refused as not uploaded, and the case is unchanged.
    for (const uploadId of [wrongContent.uploadId, longer.uploadId, up.body.uploadId]) {
      const attached = await attach(s.applicant, { uploadId, purpose: 'evidence' });
      expect(attached.status).toBe(404);
      expect(attached.body.code).toBe('file.uploadNotFound');
    }
    expect(await versionOf()).toBe(before);
  });

  it('another person’s upload, a purpose not the person’s, or a committee member attaching are refused', async () => {
    const before = await versionOf();
    const mine = await upload(s.applicant, {
      fileName: '授权委托书.pdf',
      bytes: pdfBytes('委托'),
      purpose: 'powerOfAttorney',
    });
    expect(mine.put?.status).toBe(200);
    const byOther = await attach(s.respondent, { uploadId: mine.uploadId, purpose: 'evidence' });
    expect(byOther.status).toBe(404);
    const asReply = await attach(s.applicant, { uploadId: mine.uploadId, purpose: 'reply' });
    expect(asReply.status).toBe(403);
    expect(asReply.body.code).toBe('file.purposeNotAllowed');
    expect(asReply.body.detail).toContain('答复书');
    const onBehalf = await attach(s.applicant, {
      uploadId: mine.uploadId,
      purpose: 'evidence',
      onBehalfOf: 'respondent',
    });
    expect(onBehalf.status).toBe(403);
    const committee = await upload(s.committee, {
      fileName: '意见.pdf',
      bytes: pdfBytes('意见'),
      purpose: 'other',
    });
    expect(committee.ticket.status).toBe(403);
    expect(await versionOf()).toBe(before);
    // The same upload, rightly attached, goes in.
    expect((await attach(s.applicant, { uploadId: mine.uploadId, purpose: 'powerOfAttorney' })).status).toBe(
      201,
    );
  });
});

describe('attachments with an action', () => {
  it('a correction answered with its material: the answer, then the file, in one append', async () => {
    const bytes = pdfBytes('身份证复印件');
    const filed = await s.applicant.file(fineApplication());
    const requested = await s.clerk.act(filed.body.id, {
      action: 'requestCorrection',
      expectedVersion: filed.body.version,
      items: [{ field: 'identity', descriptionZh: '请提交身份证复印件' }],
    });
    expect(requested.status).toBe(200);
    const up = await upload(s.applicant, {
      fileName: '身份证复印件.pdf',
      bytes,
      purpose: 'correctionMaterial',
    });
    const answered = await s.applicant.act(filed.body.id, {
      action: 'submitCorrection',
      expectedVersion: requested.body.version,
      answers: [{ field: 'identity', textZh: '已上传身份证复印件' }],
      attachments: [{ uploadId: up.uploadId, purpose: 'correctionMaterial' }],
    });
    expect(answered.status).toBe(200);
    const events = (
      (await s.clerk.get(`/v1/cases/${filed.body.id}/events`)).body.items as { type: string }[]
    ).map((e) => e.type);
    expect(events).toEqual(['caseFiled', 'correctionRequested', 'correctionSubmitted', 'fileAttached']);
    const files = await s.clerk.get(`/v1/cases/${filed.body.id}/files`);
    expect(files.body.items).toEqual([
      expect.objectContaining({ name: '身份证复印件.pdf', purpose: 'correctionMaterial', side: 'applicant' }),
    ]);
  });

  it('an action whose attachment is refused writes nothing, not even the action', async () => {
    const filed = await s.applicant.file(fineApplication());
    const refused = await s.applicant.act(filed.body.id, {
      action: 'withdraw',
      expectedVersion: filed.body.version,
      reasonZh: '已和解',
      attachments: [{ uploadId: '00000000-0000-4000-8000-000000000000', purpose: 'evidence' }],
    });
    expect(refused.status).toBe(404);
    expect((await s.applicant.get(`/v1/cases/${filed.body.id}`)).body.version).toBe(filed.body.version);
  });
});
