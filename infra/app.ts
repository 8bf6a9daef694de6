import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { CaseSystemStack } from './stack';

const app = new App();

const corsAllowOrigins = app.node.tryGetContext('admin-justice:corsAllowOrigins') as string[] | undefined;

// Environment-agnostic on purpose: the template resolves partition/region/account at deploy time,
// so one synthesized template deploys to any account, region and partition.
new CaseSystemStack(app, 'AdminJusticeCases', {
  description: 'Administrative reconsideration case system (行政复议案件系统)',
  corsAllowOrigins,
});

// cdk-nag 3: a validation plugin; findings fail `cdk synth`, acknowledgements live on the constructs.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
