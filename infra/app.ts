import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { SiteIdentity } from './site';
import { CaseSystemStack, type UserPoolName } from './stack';

const app = new App();

/** A CDK context value (cdk.json or `cdk deploy -c key=value`); undefined when not set. */
const context = <T = string>(key: string) => app.node.tryGetContext(key) as T | undefined;

// Extra origins allowed by the APIs' CORS besides the portal's own (e.g. a custom domain): a list
// in cdk.json, or comma-separated on the command line.
const cors = context<string[] | string>('admin-justice:corsAllowOrigins');
const corsAllowOrigins =
  typeof cors === 'string'
    ? cors
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean)
    : cors;
// The operating body the portal names; each field left unset keeps its default (infra/site.ts).
const site: Partial<SiteIdentity> = {
  operatorZh: context('admin-justice:siteOperatorZh'),
  hotline: context('admin-justice:siteHotline'),
  privacyNoticeZh: context('admin-justice:sitePrivacyNoticeZh'),
};
const authDomainPrefixes: Partial<Record<UserPoolName, string>> = {
  citizens: context('admin-justice:citizensAuthDomainPrefix'),
  staff: context('admin-justice:staffAuthDomainPrefix'),
};

// Environment-agnostic on purpose: the template resolves partition/region/account at deploy time,
// so one synthesized template deploys to any account, region and partition.
new CaseSystemStack(app, 'AdminJusticeCases', {
  description: 'Administrative reconsideration case system (行政复议案件系统)',
  corsAllowOrigins,
  site,
  authDomainPrefixes,
});

// cdk-nag 3: a validation plugin; findings fail `cdk synth`, acknowledgements live on the constructs.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
