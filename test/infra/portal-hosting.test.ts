import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { Aws } from 'aws-cdk-lib';
import { flattenCfnReference } from '../../infra/nag';
import { hashedAssetsCacheControl, pagesCacheControl, portalRoutingFile } from '../../infra/portal-hosting';
import { defaultSite } from '../../infra/site';
import { apiCorsOrigins, checkAuthDomainPrefix } from '../../infra/stack';
import {
  type StackIds,
  type StagedSource,
  type SynthesizedStack,
  synthesizedStack,
} from '../support/synthesized-stack';

// biome-ignore lint/suspicious/noExplicitAny: synthesized CloudFormation JSON, navigated by the assertions
type Cfn = any;
interface Resource {
  Type: string;
  Properties: Record<string, Cfn>;
  DependsOn?: string[];
}

let synthesized: SynthesizedStack;
let ids: StackIds;
let resources: Record<string, Resource>;
const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
/** A template value as one string: `<Logical.Attr>` for GetAtt, `<Ref>` for Ref (as cdk-nag names them). */
const flat = (value: unknown) => flattenCfnReference(value);
/** https://<the distribution's domain>, as the template writes it. */
const portalOrigin = () => `https://<${ids.portal.distribution}.DomainName>`;
const pools = ['citizens', 'staff'] as const;
const hostedUi = (pool: (typeof pools)[number]) =>
  `https://<${ids.userPoolDomains[pool]}>.auth.<AWS::Region>.amazoncognito.com`;

beforeAll(async () => {
  synthesized = await synthesizedStack();
  ids = synthesized.ids;
  resources = synthesized.template.Resources;
});

describe('portal bucket', () => {
  const bucket = () => resources[ids.portal.bucket] as Resource;
  const policyOf = (bucketId: string) =>
    ofType('AWS::S3::BucketPolicy').find(([, p]) => flat(p.Properties.Bucket) === `<${bucketId}>`)?.[1]
      .Properties.PolicyDocument.Statement as Cfn[];

  it('is private: all public access blocked, owner-enforced objects, S3-managed encryption, no website', () => {
    const p = bucket().Properties;
    expect(p.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(p.OwnershipControls).toEqual({ Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] });
    expect(p.BucketEncryption).toEqual({
      ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
    });
    expect(p.WebsiteConfiguration).toBeUndefined();
    expect(p.LoggingConfiguration).toEqual({
      DestinationBucketName: { Ref: ids.portal.logBucket },
      LogFilePrefix: 's3/portal/',
    });
  });

  it('denies requests without TLS and lets only this distribution read objects (OAC, source ARN)', () => {
    const statements = policyOf(ids.portal.bucket);
    const deny = statements.filter((s) => s.Effect === 'Deny');
    expect(deny).toEqual([
      expect.objectContaining({ Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    ]);
    const allow = statements.filter((s) => s.Effect === 'Allow');
    expect(allow).toHaveLength(1);
    expect(allow[0].Principal).toEqual({ Service: 'cloudfront.amazonaws.com' });
    expect(allow[0].Action).toBe('s3:GetObject');
    expect(flat(allow[0].Resource)).toBe(`<${ids.portal.bucket}.Arn>/*`);
    expect(flat(allow[0].Condition.StringEquals['AWS:SourceArn'])).toBe(
      `arn:<AWS::Partition>:cloudfront::<AWS::AccountId>:distribution/<${ids.portal.distribution}>`,
    );
  });

  it('keeps access logs six months in a private, TLS-only log bucket', () => {
    const logs = resources[ids.portal.logBucket] as Resource;
    expect(logs.Properties.PublicAccessBlockConfiguration).toMatchObject({
      BlockPublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(logs.Properties.LifecycleConfiguration.Rules).toEqual([
      expect.objectContaining({ ExpirationInDays: 180, Status: 'Enabled' }),
    ]);
    expect(JSON.stringify(policyOf(ids.portal.logBucket))).toContain('"aws:SecureTransport":"false"');
  });
});

describe('CloudFront distribution', () => {
  const config = () => (resources[ids.portal.distribution] as Resource).Properties.DistributionConfig;

  it('reads the private bucket through origin access control (SigV4), no origin access identity', () => {
    const [origin, ...others] = config().Origins;
    expect(others).toEqual([]);
    expect(origin.DomainName).toEqual({ 'Fn::GetAtt': [ids.portal.bucket, 'RegionalDomainName'] });
    expect(origin.S3OriginConfig).toEqual({ OriginAccessIdentity: '' });
    const [oacId, oacAttr] = origin.OriginAccessControlId['Fn::GetAtt'];
    expect(oacAttr).toBe('Id');
    expect(resources[oacId]?.Properties.OriginAccessControlConfig).toMatchObject({
      OriginAccessControlOriginType: 's3',
      SigningBehavior: 'always',
      SigningProtocol: 'sigv4',
    });
  });

  it('serves index.html at the root over HTTP/2 and HTTP/3, from the edges that cover Asia, logging to the log bucket', () => {
    expect(config()).toMatchObject({
      DefaultRootObject: 'index.html',
      HttpVersion: 'http2and3',
      PriceClass: 'PriceClass_200',
      Enabled: true,
      Logging: {
        Bucket: { 'Fn::GetAtt': [ids.portal.logBucket, 'RegionalDomainName'] },
        Prefix: 'cloudfront/',
      },
    });
  });

  it('redirects HTTP to HTTPS, allows only GET/HEAD and puts the security headers on every behaviour', () => {
    const { DefaultCacheBehavior, CacheBehaviors } = config();
    for (const behaviour of [DefaultCacheBehavior, ...CacheBehaviors]) {
      expect(behaviour).toMatchObject({
        ViewerProtocolPolicy: 'redirect-to-https',
        AllowedMethods: ['GET', 'HEAD'],
        Compress: true,
        // The managed CachingOptimized policy: it follows each object's Cache-Control.
        CachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6',
        ResponseHeadersPolicyId: { Ref: ids.portal.responseHeadersPolicy },
      });
    }
  });

  it('runs the routing function on viewer request of the default behaviour, not on /assets/*', () => {
    const { DefaultCacheBehavior, CacheBehaviors } = config();
    expect(DefaultCacheBehavior.FunctionAssociations).toEqual([
      {
        EventType: 'viewer-request',
        FunctionARN: { 'Fn::GetAtt': [ids.portal.routingFunction, 'FunctionARN'] },
      },
    ]);
    expect(CacheBehaviors.map((b: Cfn) => b.PathPattern)).toEqual(['/assets/*']);
    expect(CacheBehaviors[0].FunctionAssociations).toBeUndefined();
  });

  it('deploys exactly the routing code of infra/portal-routing.js, on the cloudfront-js-2.0 runtime', () => {
    const fn = resources[ids.portal.routingFunction] as Resource;
    expect(fn.Properties.FunctionConfig.Runtime).toBe('cloudfront-js-2.0');
    expect(fn.Properties.AutoPublish).toBe(true);
    expect(fn.Properties.FunctionCode).toBe(readFileSync(portalRoutingFile, 'utf8'));
  });
});

describe('security headers (response headers policy)', () => {
  const config = () =>
    (resources[ids.portal.responseHeadersPolicy] as Resource).Properties.ResponseHeadersPolicyConfig;
  /** The CSP as directive → sources, with tokens flattened (`<AWS::Region>`, `<Logical>`). */
  const csp = () =>
    Object.fromEntries(
      flat(config().SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy)
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...sources]) => [name as string, sources]),
    );

  it('sets a Content-Security-Policy that allows only the portal, the APIs and the file store of its region and Cognito', () => {
    expect(config().SecurityHeadersConfig.ContentSecurityPolicy.Override).toBe(true);
    expect(csp()).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': [
        "'self'",
        'https://*.execute-api.<AWS::Region>.<AWS::URLSuffix>',
        'https://*.s3.<AWS::Region>.<AWS::URLSuffix>',
        'https://cognito-idp.<AWS::Region>.<AWS::URLSuffix>',
        hostedUi('citizens'),
        hostedUi('staff'),
      ],
      'frame-ancestors': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'", hostedUi('citizens'), hostedUi('staff')],
      'object-src': ["'none'"],
    });
  });

  it('sets HSTS for two years with subdomains and preload, DENY framing, nosniff and the referrer policy', () => {
    const headers = config().SecurityHeadersConfig;
    expect(headers.StrictTransportSecurity).toEqual({
      AccessControlMaxAgeSec: 63072000,
      IncludeSubdomains: true,
      Preload: true,
      Override: true,
    });
    expect(headers.FrameOptions).toEqual({ FrameOption: 'DENY', Override: true });
    expect(headers.ContentTypeOptions).toEqual({ Override: true });
    expect(headers.ReferrerPolicy).toEqual({
      ReferrerPolicy: 'strict-origin-when-cross-origin',
      Override: true,
    });
  });

  it('sets a Permissions-Policy that turns off the powerful features the portal does not use', () => {
    const [header, ...others] = config().CustomHeadersConfig.Items;
    expect(others).toEqual([]);
    expect(header).toMatchObject({ Header: 'Permissions-Policy', Override: true });
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb'])
      expect(header.Value).toContain(`${feature}=()`);
  });

  it('is named per stack and region (policy names are unique per account)', () => {
    expect(flat(config().Name)).toBe('AdminJusticeCases-portal-<AWS::Region>');
  });
});

describe('portal content (two BucketDeployments)', () => {
  const deployments = () =>
    ofType('Custom::CDKBucketDeployment').map(([id, r]) => ({
      id,
      props: r.Properties,
      dependsOn: r.DependsOn ?? [],
      sources: synthesized.bucketDeployments[id] as StagedSource[],
    }));
  const assets = () => deployments().find((d) => d.props.DestinationBucketKeyPrefix === 'assets/');
  const pages = () => deployments().find((d) => d.props.DestinationBucketKeyPrefix === undefined);
  /** config.json as the portal will read it, each deploy-time value flattened (`<Logical.Attr>`). */
  const configJson = () => {
    const source = pages()?.sources.find((s) => 'config.json' in s.json) as StagedSource;
    let text = source.json['config.json'] as string;
    for (const [marker, value] of Object.entries(source.markers)) text = text.split(marker).join(flat(value));
    return JSON.parse(text);
  };

  it('uploads the hashed assets under assets/ for a year, immutable, and never prunes them', () => {
    const d = assets();
    expect(deployments()).toHaveLength(2);
    expect(d?.props).toMatchObject({
      DestinationBucketName: { Ref: ids.portal.bucket },
      Prune: false,
      SystemMetadata: { 'cache-control': hashedAssetsCacheControl },
    });
    expect(hashedAssetsCacheControl).toBe('public, max-age=31536000, immutable');
    const [source, ...more] = d?.sources ?? [];
    expect(more).toEqual([]);
    expect(source?.files.some((f) => f.endsWith('.js'))).toBe(true);
  });

  it('uploads every other file with no-cache after the assets, pruning all but assets/', () => {
    const d = pages();
    expect(d?.props).toMatchObject({
      DestinationBucketName: { Ref: ids.portal.bucket },
      Prune: true,
      Exclude: ['assets/*'],
      SystemMetadata: { 'cache-control': pagesCacheControl },
    });
    expect(pagesCacheControl).toBe('no-cache');
    expect(d?.dependsOn).toContain(assets()?.id);
    const [build, config, ...more] = d?.sources ?? [];
    expect(more).toEqual([]);
    expect(build?.files).toContain('index.html');
    expect(build?.files.filter((f) => f.startsWith('assets/') || /(^|\/)\./.test(f))).toEqual([]);
    expect(build?.files).not.toContain('config.json');
    expect(config?.files).toEqual(['config.json']);
  });

  it('writes config.json from the stack: API URLs, each pool’s issuer, client and hosted UI, the site identity', () => {
    const issuer = (pool: (typeof pools)[number]) => `<${ids.userPools[pool]}.ProviderURL>`;
    expect(configJson()).toEqual({
      mode: 'cognito',
      // The API endpoint: the $default stage's URL without its trailing slash.
      apiUrl: `<${ids.apis.citizens}.ApiEndpoint>`,
      staffApiUrl: `<${ids.apis.staff}.ApiEndpoint>`,
      cognito: Object.fromEntries(
        pools.map((pool) => [
          pool,
          { authority: issuer(pool), clientId: `<${ids.userPoolClients[pool]}>`, domain: hostedUi(pool) },
        ]),
      ),
      site: defaultSite,
    });
  });

  it('runs its function with its own role and log group: no managed policy, logs only to that group', () => {
    const fn = resources[ids.portal.deploymentFunction] as Resource;
    expect(fn.Properties.Role).toEqual({ 'Fn::GetAtt': [ids.portal.deploymentRole, 'Arn'] });
    const logGroupId = fn.Properties.LoggingConfig.LogGroup.Ref as string;
    expect(resources[logGroupId]?.Properties.RetentionInDays).toBe(180);
    expect(resources[ids.portal.deploymentRole]?.Properties.ManagedPolicyArns).toBeUndefined();
    const statements = ofType('AWS::IAM::Policy')
      .filter(([, p]) => flat(p.Properties.Roles[0]) === `<${ids.portal.deploymentRole}>`)
      .flatMap(([, p]) => p.Properties.PolicyDocument.Statement as Cfn[]);
    const logs = statements.filter((s) => JSON.stringify(s.Action).includes('logs:'));
    expect(logs).toEqual([expect.objectContaining({ Resource: { 'Fn::GetAtt': [logGroupId, 'Arn'] } })]);
    // S3 only, on the CDK asset bucket (read) and the portal bucket.
    for (const s of statements.filter((s) => s !== logs[0]))
      for (const resource of [s.Resource].flat())
        expect(flat(resource)).toMatch(
          new RegExp(`^(arn:<AWS::Partition>:s3:::.*cdk-.*-assets-.*|<${ids.portal.bucket}\\.Arn>(/\\*)?)$`),
        );
  });
});

describe('Cognito for the portal: hosted UI, authorization code with PKCE', () => {
  it('gives each pool a Cognito prefix domain named after the account', () => {
    for (const pool of pools) {
      const domain = resources[ids.userPoolDomains[pool]] as Resource;
      expect(domain.Type).toBe('AWS::Cognito::UserPoolDomain');
      expect(domain.Properties.UserPoolId).toEqual({ Ref: ids.userPools[pool] });
      expect(flat(domain.Properties.Domain)).toBe(`ajc-${pool}-<AWS::AccountId>`);
      expect(domain.Properties.CustomDomainConfig).toBeUndefined();
    }
  });

  it('lets each web client use the code grant only, back to the portal’s /auth/callback and /', () => {
    for (const pool of pools) {
      const client = (resources[ids.userPoolClients[pool]] as Resource).Properties;
      expect(client.AllowedOAuthFlowsUserPoolClient).toBe(true);
      expect(client.AllowedOAuthFlows).toEqual(['code']);
      expect(client.GenerateSecret).toBe(false);
      expect(client.SupportedIdentityProviders).toEqual(['COGNITO']);
      expect(client.CallbackURLs.map(flat)).toEqual([`${portalOrigin()}/auth/callback`]);
      expect(client.LogoutURLs.map(flat)).toEqual([`${portalOrigin()}/`]);
      expect([...client.AllowedOAuthScopes].sort()).toEqual(
        pool === 'citizens' ? ['email', 'openid', 'phone', 'profile'] : ['email', 'openid', 'profile'],
      );
    }
  });

  it('refuses a domain prefix Cognito would reject, and accepts a plain one or a token', () => {
    for (const bad of ['has-aws-in-it', 'my-amazon', 'cognito-login', 'Upper', '-leading', 'trailing-', ''])
      expect(() => checkAuthDomainPrefix(bad)).toThrow(/Cognito domain prefix/);
    expect(checkAuthDomainPrefix('ajc-citizens-prod')).toBe('ajc-citizens-prod');
    // A deploy-time token (the default's account id) is left to Cognito.
    const withAccount = `ajc-staff-${Aws.ACCOUNT_ID}`;
    expect(checkAuthDomainPrefix(withAccount)).toBe(withAccount);
    expect(checkAuthDomainPrefix('x'.repeat(63))).toHaveLength(63);
    expect(() => checkAuthDomainPrefix('x'.repeat(64))).toThrow(/Cognito domain prefix/);
  });
});

describe('the APIs and outputs', () => {
  it('allow the portal’s origin (and only it, by default) by CORS', () => {
    const apis = ofType('AWS::ApiGatewayV2::Api');
    expect(apis).toHaveLength(2);
    for (const [, api] of apis)
      expect(api.Properties.CorsConfiguration.AllowOrigins.map(flat)).toEqual([portalOrigin()]);
  });

  it('add extra CORS origins after the portal’s, and refuse "*"', () => {
    expect(apiCorsOrigins('https://portal', ['https://ajc.example.gov.cn'])).toEqual([
      'https://portal',
      'https://ajc.example.gov.cn',
    ]);
    expect(() => apiCorsOrigins('https://portal', ['*'])).toThrow(/"\*"/);
  });

  it('output PortalUrl: the distribution’s https origin', () => {
    expect(flat(synthesized.template.Outputs.PortalUrl.Value)).toBe(portalOrigin());
  });
});

describe('cdk-nag acknowledgements of the portal', () => {
  it('acknowledge only the expected findings, each with a reason', () => {
    const portal = synthesized.acknowledgements.filter(
      (a) => a.path.includes('/Portal/') || a.path.includes('Custom::CDKBucketDeployment'),
    );
    for (const a of portal) expect(a.reason.length).toBeGreaterThan(60);
    /** The rule ids acknowledged on a resource, without the plugin/annotation prefix. */
    const rules = (logicalId: string) => [
      ...new Set(
        portal
          .filter((a) => a.logicalId === logicalId)
          .map((a) => a.rule.replace(/^[A-Za-z]+::(?=AwsSolutions-)/, ''))
          .sort(),
      ),
    ];
    expect(rules(ids.portal.distribution)).toEqual([
      'AwsSolutions-CFR1',
      'AwsSolutions-CFR2',
      'AwsSolutions-CFR4',
    ]);
    expect(rules(ids.portal.logBucket)).toEqual(['AwsSolutions-S1']);
    expect(rules(ids.portal.deploymentFunction)).toEqual(['AwsSolutions-L1']);
    expect(rules(ids.portal.deploymentRole)).toEqual([
      'AwsSolutions-IAM5[Action::s3:Abort*]',
      'AwsSolutions-IAM5[Action::s3:DeleteObject*]',
      'AwsSolutions-IAM5[Action::s3:GetBucket*]',
      'AwsSolutions-IAM5[Action::s3:GetObject*]',
      'AwsSolutions-IAM5[Action::s3:List*]',
      `AwsSolutions-IAM5[Resource::<${ids.portal.bucket}.Arn>/*]`,
      'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*]',
    ]);
    // Nothing else of the portal is acknowledged (the portal bucket, the function, the policy, …).
    const expected = [
      ids.portal.distribution,
      ids.portal.logBucket,
      ids.portal.deploymentFunction,
      ids.portal.deploymentRole,
    ];
    expect(portal.filter((a) => !expected.includes(a.logicalId ?? ''))).toEqual([]);
  });
});
