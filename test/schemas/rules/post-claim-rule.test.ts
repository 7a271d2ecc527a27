// The 自治法派遣 rule is written once: schema, calculator, eligibility and the form's questions follow it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  calculateSpecialistDispatch,
  DISPATCH_FORMS,
  DISPATCH_ROLES,
  issuesByPath,
  ownPostClaim,
  postClaimRule,
  postClaimRules,
  type SpecialistDispatch,
  specialistDispatchContract,
  validateClaim,
} from '@koiki/schemas';
import {
  asksOwnContribution,
  asksPersonnelCost,
  isLocalAutonomyDispatch,
} from '../../../forms/specialist-dispatch/answers.ts';
import { dispatchExample } from '../calculators/example-data.ts';

describe('派遣形態の規則はひとつ', () => {
  it('自治法派遣は派遣先が負担金を初年度だけ、それ以外は派遣元が人件費を申請する', () => {
    assert.deepEqual(postClaimRules.自治法派遣, {
      line: 'contribution',
      claimant: '派遣先',
      firstYearOnly: true,
    });
    assert.deepEqual(postClaimRules.その他, {
      line: 'personnel',
      claimant: '派遣元',
      firstYearOnly: false,
    });
    assert.equal(postClaimRule(undefined), undefined);
    assert.equal(postClaimRule('toString'), undefined);
    assert.equal(ownPostClaim('派遣元', '自治法派遣'), undefined);
    assert.equal(ownPostClaim(undefined, 'その他'), undefined);
  });

  /** A one-post claim of `role` whose post has `dispatchForm` and both amounts entered. */
  function onePost(
    role: SpecialistDispatch['role'],
    dispatchForm: SpecialistDispatch['posts'][number]['dispatchForm'],
  ) {
    const data = dispatchExample('municipality-local-autonomy-dispatch.json');
    if (role === '派遣元') {
      data.role = '派遣元';
      data.applicant.dantaiCode = '290009';
    }
    const post = data.posts[0]!;
    data.posts = [
      {
        ...post,
        dispatchForm,
        firstDispatchYear: true,
        personnelCost: 7_000_000,
        contribution: 1_000_000,
      },
    ];
    return data;
  }

  for (const role of DISPATCH_ROLES) {
    for (const dispatchForm of DISPATCH_FORMS) {
      const own = ownPostClaim(role, dispatchForm);
      it(`${role}・${dispatchForm}: 算定・注記・入力の要否・質問が規則どおり（${own ? own.line : '相手方が申請'}）`, () => {
        const data = onePost(role, dispatchForm);
        const result = calculateSpecialistDispatch(data);
        const postLines = result.lines.filter((line) => line.path === 'posts.0');
        assert.deepEqual(
          postLines.map((line) => line.kind),
          own ? [own.line] : [],
        );
        assert.equal(
          result.notes.some((note) => note.path === 'posts.0'),
          own === undefined,
        );

        const post = data.posts[0]!;
        assert.equal(asksPersonnelCost(post, data), own?.line === 'personnel');
        assert.equal(asksOwnContribution(post, data), own?.line === 'contribution');
        assert.equal(isLocalAutonomyDispatch(post), postClaimRules[dispatchForm].firstYearOnly);

        // The amount the rule asks for is required; the other is not.
        delete post.personnelCost;
        delete post.contribution;
        const byPath = issuesByPath(validateClaim(specialistDispatchContract, data));
        assert.equal('posts.0.personnelCost' in byPath, own?.line === 'personnel');
        assert.equal('posts.0.contribution' in byPath, own?.line === 'contribution');
      });
    }
  }

  it('初年度に限る規則では、2年度目以降（開始日の翌年度）は対象外と言い、算定しない', () => {
    const data = onePost('派遣先', '自治法派遣');
    delete data.posts[0]!.firstDispatchYear;
    data.fiscalYear = 2027; // the post started on 2026-04-01 (令和8年度)
    const byPath = issuesByPath(validateClaim(specialistDispatchContract, data));
    assert.match(byPath['posts.0.periodFrom']?.[0] ?? '', /令和9年度は派遣初年度ではなく/);
    assert.deepEqual(
      calculateSpecialistDispatch(data).lines.filter((l) => l.path === 'posts.0'),
      [],
    );
  });
});
