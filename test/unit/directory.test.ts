import { describe, expect, it } from '@jest/globals';
import {
  agencies,
  agencyById,
  bodies,
  bodiesUnder,
  bodyById,
  competentBodyFor,
  directoryListing,
} from '../../shared/directory/agencies';

const bodyOf = (agencyId: string) => competentBodyFor(agencyId)?.body.id;

describe('directory of agencies and reconsideration bodies (Qinghai)', () => {
  it('has unique ids and consistent references', () => {
    expect(new Set(agencies.map((a) => a.id)).size).toBe(agencies.length);
    expect(new Set(bodies.map((b) => b.id)).size).toBe(bodies.length);
    for (const a of agencies) {
      if (a.parentGovernmentId) expect(agencyById(a.parentGovernmentId)?.kind).toBe('government');
      if (a.upperDepartmentBodyId) expect(bodyById(a.upperDepartmentBodyId)).toBeDefined();
      expect(a.id).toMatch(/^[a-z0-9-]+$/);
    }
    for (const b of bodies) if (b.parentBodyId) expect(bodyById(b.parentBodyId)).toBeDefined();
    // Every government is also a reconsideration body under the same id.
    for (const g of agencies.filter((a) => a.kind === 'government'))
      expect(bodyById(g.id)?.nameZh).toBe(g.nameZh);
  });

  it('resolves every agency to a body with a basis', () => {
    for (const a of agencies) {
      const c = competentBodyFor(a.id);
      expect(c).toBeDefined();
      expect(c?.basisZh).toMatch(/^《行政复议法》第二十[四七]条/);
    }
    expect(competentBodyFor('no-such-agency')).toBeUndefined();
  });

  it('Art. 24(1)(1): a department of a county-level-or-above government → that government', () => {
    expect(bodyOf('dept-xn-scjg')).toBe('gov-xn');
    expect(bodyOf('dept-xn-ga')).toBe('gov-xn'); // public security is a local department since 2024
    expect(bodyOf('dept-xn-zrzy')).toBe('gov-xn');
    expect(bodyOf('dept-xn-cz-scjg')).toBe('gov-xn-cz');
    expect(bodyOf('dept-xn-cd-cg')).toBe('gov-xn-cd');
    expect(bodyOf('dept-hd-ld-nykj')).toBe('gov-hd-ld');
    const c = competentBodyFor('dept-xn-scjg');
    expect(c?.basisZh).toContain('第二十四条第一款第一项');
    expect(c?.selfReview).toBe(false);
    expect(c?.body.officeNameZh).toBe('西宁市司法局（行政复议办公室）');
  });

  it('a provincial department → the provincial government', () => {
    expect(bodyOf('dept-qh-zrzy')).toBe('gov-qh');
    expect(competentBodyFor('dept-qh-zrzy')?.selfReview).toBe(false);
  });

  it('Art. 24(1)(2): a government below the province → the government one level up', () => {
    expect(bodyOf('gov-xn-cz')).toBe('gov-xn');
    expect(bodyOf('gov-xn-cd')).toBe('gov-xn');
    expect(bodyOf('gov-hd-ld')).toBe('gov-hd');
    expect(bodyOf('gov-xn')).toBe('gov-qh');
    expect(bodyOf('gov-hd')).toBe('gov-qh');
    expect(competentBodyFor('gov-xn-cz')?.basisZh).toContain('第二十四条第一款第二项');
  });

  it('Art. 24(2): the provincial government reviews its own acts (self-review)', () => {
    const c = competentBodyFor('gov-qh');
    expect(c?.body.id).toBe('gov-qh');
    expect(c?.selfReview).toBe(true);
    expect(c?.basisZh).toContain('第二十四条第二款');
    expect(agencies.filter((a) => competentBodyFor(a.id)?.selfReview).map((a) => a.id)).toEqual(['gov-qh']);
  });

  it('Art. 27: vertically managed agencies → the upper-level competent department', () => {
    const tax = competentBodyFor('tax-xn');
    expect(tax?.body.nameZh).toBe('国家税务总局青海省税务局');
    expect(tax?.body.parentBodyId).toBeUndefined();
    expect(tax?.basisZh).toContain('第二十七条');
    expect(bodyOf('tax-xn-cz')).toBe('tax-xn');
    expect(competentBodyFor('customs-xn')?.body.nameZh).toBe('海关总署');
    for (const a of agencies.filter((x) => x.kind === 'verticalDepartment')) {
      expect(competentBodyFor(a.id)?.basisZh).toContain('第二十七条');
      expect(bodyOf(a.id)?.startsWith('gov-')).toBe(false);
    }
  });

  it('bodiesUnder gives the body and every body below it', () => {
    const underProvince = bodiesUnder('gov-qh');
    expect(underProvince[0]).toBe('gov-qh');
    expect(new Set(underProvince)).toEqual(
      new Set(['gov-qh', 'gov-xn', 'gov-hd', 'gov-xn-cz', 'gov-xn-cd', 'gov-hd-ld']),
    );
    expect(new Set(bodiesUnder('gov-xn'))).toEqual(new Set(['gov-xn', 'gov-xn-cz', 'gov-xn-cd']));
    expect(bodiesUnder('gov-xn-cz')).toEqual(['gov-xn-cz']);
    expect(new Set(bodiesUnder('tax-qh'))).toEqual(new Set(['tax-qh', 'tax-xn']));
    expect(bodiesUnder('nope')).toEqual([]);
  });

  it('directoryListing lists every agency with its body and basis', () => {
    const listing = directoryListing();
    expect(listing).toHaveLength(agencies.length);
    const sj = listing.find((e) => e.agencyId === 'dept-xn-scjg');
    expect(sj).toMatchObject({
      nameZh: '西宁市市场监督管理局',
      competentBodyId: 'gov-xn',
      competentBodyNameZh: '西宁市人民政府',
      selfReview: false,
    });
    expect(sj?.basisZh).toContain('《行政复议法》');
    expect(JSON.parse(JSON.stringify(listing))).toEqual(listing);
  });
});
