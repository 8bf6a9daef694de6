import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DefaultStackSynthesizer, Duration, Stack, Validations } from 'aws-cdk-lib';
import {
  AllowedMethods,
  CachedMethods,
  CachePolicy,
  Function as CloudFrontFunction,
  Distribution,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  PriceClass,
  ResponseHeadersPolicy,
  S3OriginAccessControl,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { wildcardResourceFinding } from './nag';
import type { PortalConfigFile } from './site';

/** The CloudFront Function's code: one file, deployed as it is and evaluated by its unit test. */
export const portalRoutingFile = fileURLToPath(new URL('portal-routing.js', import.meta.url));

/** Where Vite puts the hashed (content-addressed) files: cached for a year, never revalidated. */
export const hashedAssetsPrefix = 'assets';

/** `Cache-Control` of the objects under /assets/: their names change whenever their content does. */
export const hashedAssetsCacheControl = 'public, max-age=31536000, immutable';
/** `Cache-Control` of every other object (index.html, docs.html, config.json, favicon.svg). */
export const pagesCacheControl = 'no-cache';

/** config.json as the stack writes it: Cognito sign-in, both pools always present. */
export type CognitoPortalConfig = PortalConfigFile & {
  readonly mode: 'cognito';
  readonly cognito: NonNullable<PortalConfigFile['cognito']>;
};

export interface PortalHostingProps {
  /** The built portal (index.html, docs.html, favicon.svg, assets/…), e.g. from portalBuildSync(). */
  readonly buildDir: string;
  /** The hosted-UI base URLs of the user pools (https://<prefix>.auth.<region>.amazoncognito.com). */
  readonly authDomains: readonly string[];
  /** How long the access logs are kept (the stack's log retention). */
  readonly logRetention: RetentionDays;
}

/**
 * The portal on AWS: a private S3 bucket read by CloudFront through origin access control, with
 * the single-page-app routing function, the security headers and the caching of a Vite build.
 * Its content (the build plus a config.json generated from the stack) is added by `deploy()`
 * once the APIs and user pool clients exist, which themselves need this distribution's origin.
 */
export class PortalHosting extends Construct {
  readonly bucket: Bucket;
  readonly logBucket: Bucket;
  readonly distribution: Distribution;
  readonly responseHeadersPolicy: ResponseHeadersPolicy;
  readonly routingFunction: CloudFrontFunction;
  /** https://<distribution domain>, without a trailing slash. */
  readonly origin: string;
  /** The execution role and log group of the BucketDeployment function (see `deploy()`). */
  readonly deploymentRole: Role;
  private readonly deploymentLogs: LogGroup;
  private readonly buildDir: string;

  constructor(scope: Construct, id: string, props: PortalHostingProps) {
    super(scope, id);
    const stack = Stack.of(this);
    this.buildDir = props.buildDir;

    // ------------------------------------------------------------ buckets
    // Access logs of CloudFront and of the portal bucket, kept as long as the stack's other logs
    // (six months: the Cybersecurity Law, Art. 21). CloudFront's standard logs are written with
    // ACLs, so this bucket keeps them enabled (object writer); it stays private all the same.
    // CloudFront does not deliver standard logs to buckets in opt-in regions (e.g. ap-east-1).
    this.logBucket = new Bucket(this, 'Logs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      objectOwnership: ObjectOwnership.OBJECT_WRITER,
      lifecycleRules: [{ id: 'ExpireLogs', expiration: Duration.days(props.logRetention) }],
    });
    Validations.of(this.logBucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'This is the access-log bucket (CloudFront and portal-bucket logs). Logging its own accesses into ' +
        'itself would log every log delivery, and a second log bucket would need the same exception.',
    });

    // Private: CloudFront alone reads it (origin access control); no website hosting, no public access.
    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: 's3/portal/',
    });

    // ------------------------------------------------------------ routing
    this.routingFunction = new CloudFrontFunction(this, 'Routing', {
      comment: 'Portal: client-side routes get /index.html, /docs gets /docs.html',
      runtime: FunctionRuntime.JS_2_0,
      code: FunctionCode.fromFile({ filePath: portalRoutingFile }),
    });

    // ------------------------------------------------------------ security headers
    const region = stack.region;
    // Wildcards by region instead of the two APIs' own URLs: the APIs allow this distribution's
    // origin by CORS, so naming them here would make a dependency cycle.
    const apiOrigins = `https://*.execute-api.${region}.${stack.urlSuffix}`;
    const oidcIssuer = `https://cognito-idp.${region}.${stack.urlSuffix}`;
    // The files bucket, where the portal PUTs uploads through presigned URLs (virtual-hosted style,
    // <bucket>.s3.<region>…): a wildcard by region for the same reason as the APIs — the bucket
    // allows this distribution's origin by CORS.
    const fileStoreOrigins = `https://*.s3.${region}.${stack.urlSuffix}`;
    const authDomains = props.authDomains.join(' ');
    const contentSecurityPolicy = [
      "default-src 'self'",
      "script-src 'self'",
      // 'unsafe-inline' for styles only: Ant Design (CSS-in-JS) inserts <style> elements at run
      // time. (The API reference page, swagger-ui-dist 5, was run under `style-src 'self'` and
      // needs no inline style.) Scripts stay 'self' only: swagger-ui 5 needs no eval, and Vite
      // emits no inline script.
      "style-src 'self' 'unsafe-inline'",
      // data: for swagger-ui's icons (data: SVGs, checked in Chromium under this policy) and any
      // image or font Vite inlines into the build. The docs page runs swagger-ui with
      // `validatorUrl: null` (its default badge is an image from validator.swagger.io, which this
      // blocks); it shows image responses as blob: URLs, which this JSON API never returns.
      "img-src 'self' data:",
      "font-src 'self' data:",
      // The APIs, the files bucket (uploads), the OpenID configuration and keys (cognito-idp), the
      // token endpoint (hosted UI).
      `connect-src 'self' ${apiOrigins} ${fileStoreOrigins} ${oidcIssuer} ${authDomains}`,
      "frame-ancestors 'none'",
      "base-uri 'self'",
      `form-action 'self' ${authDomains}`,
      "object-src 'none'",
    ].join('; ');
    // Policy names are unique per account, not per region: the region keeps two deployments apart.
    this.responseHeadersPolicy = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      responseHeadersPolicyName: `${stack.stackName}-portal-${region}`,
      comment: 'Portal security headers (CSP, HSTS, frame, content type, referrer, permissions)',
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy, override: true },
        // `preload` takes effect only for a custom domain submitted to the browsers' preload list.
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(730),
          includeSubdomains: true,
          preload: true,
          override: true,
        },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        contentTypeOptions: { override: true },
        referrerPolicy: {
          referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
          override: true,
        },
      },
      customHeadersBehavior: {
        customHeaders: [
          {
            header: 'Permissions-Policy',
            value:
              'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), ' +
              'magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
            override: true,
          },
        ],
      },
    });

    // ------------------------------------------------------------ distribution
    const originAccessControl = new S3OriginAccessControl(this, 'OriginAccessControl', {
      originAccessControlName: `${stack.stackName}-portal-${region}`,
      description: 'CloudFront reads the portal bucket (SigV4)',
    });
    const origin = S3BucketOrigin.withOriginAccessControl(this.bucket, { originAccessControl });
    // Caching follows each object's Cache-Control, set by the two deployments in deploy(): the
    // managed CachingOptimized policy honours it (min TTL 1 s) and compresses with gzip and Brotli.
    const behaviour = {
      origin,
      viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
      cachedMethods: CachedMethods.CACHE_GET_HEAD,
      compress: true,
      cachePolicy: CachePolicy.CACHING_OPTIMIZED,
      responseHeadersPolicy: this.responseHeadersPolicy,
    };
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Administrative reconsideration portal (行政复议案件系统)',
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      // PriceClass_200 serves from the edge locations nearest to mainland China that CloudFront
      // has outside it (Hong Kong, Taiwan, Japan, Korea, Singapore) and from the rest of Asia,
      // Europe and North America. PriceClass_100 has no Asian edge at all; PriceClass_All adds only
      // South America and Oceania at a higher price, where this portal has no expected users.
      priceClass: PriceClass.PRICE_CLASS_200,
      enableLogging: true,
      logBucket: this.logBucket,
      logFilePrefix: 'cloudfront/',
      defaultBehavior: {
        ...behaviour,
        functionAssociations: [
          { function: this.routingFunction, eventType: FunctionEventType.VIEWER_REQUEST },
        ],
      },
      // Hashed files: no routing to apply, so no function invocation per request.
      additionalBehaviors: { [`/${hashedAssetsPrefix}/*`]: behaviour },
    });
    this.origin = `https://${this.distribution.distributionDomainName}`;

    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR1',
      reason:
        'No geo restriction on purpose: citizens may file from anywhere, including from abroad, and the ' +
        'distribution serves only the static portal; case data sits behind the Cognito-authorised APIs.',
    });
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR2',
      reason:
        'No WAF web ACL: the distribution serves only static files from a private bucket (GET/HEAD); a ' +
        'CloudFront-scoped web ACL must be created in us-east-1, outside this region-agnostic stack. The APIs ' +
        'that carry data are throttled per stage and authorise every case route with a Cognito JWT.',
    });
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR4',
      reason:
        'The distribution uses its default *.cloudfront.net certificate, for which CloudFront fixes the ' +
        'viewer security policy (TLSv1); a minimum of TLSv1.2_2021 needs a custom domain with an ACM ' +
        'certificate. Viewers are redirected to HTTPS and browsers negotiate TLS 1.2 or 1.3.',
    });

    // ------------------------------------------------------------ deployment function
    // An explicit role and log group for BucketDeployment's function instead of its defaults (the
    // AWSLambdaBasicExecutionRole managed policy: logs on every log group). Both deployments of
    // deploy() share that one singleton function, so both pass these.
    this.deploymentLogs = new LogGroup(this, 'DeploymentLogs', { retention: props.logRetention });
    this.deploymentRole = new Role(this, 'DeploymentRole', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Execution role of the portal BucketDeployment function',
    });
    this.deploymentLogs.grantWrite(this.deploymentRole);
  }

  /**
   * Deploys the build and a config.json generated from the stack (its tokens resolve at deploy
   * time). Two deployments, because the two kinds of object need different Cache-Control
   * metadata, which browsers obey as well as CloudFront:
   * - `/assets/*` (hashed names) for a year, immutable. Not pruned: a page loaded before a deploy
   *   can still fetch the chunks of its own build;
   * - everything else `no-cache` (revalidated on every use, so a deploy is seen at once without
   *   an invalidation), pruned of files the new build no longer has, except under assets/.
   * The pages follow the assets, so a new index.html never points at an asset not uploaded yet.
   */
  deploy(config: CognitoPortalConfig): { assets: BucketDeployment; pages: BucketDeployment } {
    const role = this.deploymentRole;
    const logGroup = this.deploymentLogs;
    const assets = new BucketDeployment(this, 'DeployAssets', {
      sources: [Source.asset(join(this.buildDir, hashedAssetsPrefix))],
      destinationBucket: this.bucket,
      destinationKeyPrefix: `${hashedAssetsPrefix}/`,
      prune: false,
      cacheControl: [CacheControl.fromString(hashedAssetsCacheControl)],
      role,
      logGroup,
    });
    const pages = new BucketDeployment(this, 'DeployPages', {
      sources: [
        // Hidden files (Vite's manifest in .vite/, the build stamp) are for build tools, and
        // config.json comes from the stack.
        Source.asset(this.buildDir, { exclude: [hashedAssetsPrefix, '.*', 'config.json'] }),
        Source.jsonData('config.json', config),
      ],
      destinationBucket: this.bucket,
      // Neither uploaded nor pruned here: the assets deployment owns that prefix.
      exclude: [`${hashedAssetsPrefix}/*`],
      prune: true,
      cacheControl: [CacheControl.fromString(pagesCacheControl)],
      role,
      logGroup,
    });
    pages.node.addDependency(assets);

    this.acknowledgeDeploymentFindings(role);
    return { assets, pages };
  }

  /** What cdk-nag finds in the function and grants that BucketDeployment makes, and why they stand. */
  private acknowledgeDeploymentFindings(role: Role): void {
    const stack = Stack.of(this);
    // The bootstrap's file-asset bucket, which holds the deployment zips (default synthesizer names).
    const synthesizer = stack.synthesizer;
    const qualifier =
      (synthesizer instanceof DefaultStackSynthesizer ? synthesizer.bootstrapQualifier : undefined) ??
      DefaultStackSynthesizer.DEFAULT_QUALIFIER;
    const assetBucketArn = `arn:${stack.partition}:s3:::cdk-${qualifier}-assets-${stack.account}-${stack.region}`;
    const findings: Record<string, string> = {
      'AwsSolutions-IAM5[Action::s3:GetObject*]':
        'Granted by BucketDeployment: its read grant on the CDK asset bucket (the deployment zips) and its ' +
        'read/write grant on the portal bucket; no other bucket.',
      'AwsSolutions-IAM5[Action::s3:GetBucket*]':
        'Granted by BucketDeployment: the `aws s3 sync` it runs reads the location and settings of the CDK ' +
        'asset bucket and of the portal bucket; no other bucket.',
      'AwsSolutions-IAM5[Action::s3:List*]':
        'Granted by BucketDeployment: `aws s3 sync` lists the portal bucket to compare and prune, and the ' +
        'CDK asset bucket to read the zips; no other bucket.',
      'AwsSolutions-IAM5[Action::s3:DeleteObject*]':
        'Granted by BucketDeployment on the portal bucket only: pruning removes pages the new build no ' +
        'longer has.',
      'AwsSolutions-IAM5[Action::s3:Abort*]':
        'Granted by BucketDeployment on the portal bucket only: aborts its own multipart uploads on failure.',
      [wildcardResourceFinding(this, `${assetBucketArn}/*`)]:
        'Granted by BucketDeployment: the deployment zips are objects of the CDK asset bucket, named by ' +
        'content hash at synthesis; read only.',
      [wildcardResourceFinding(this, `${this.bucket.bucketArn}/*`)]:
        'Granted by BucketDeployment: it writes and prunes the objects of the portal bucket, whose keys ' +
        'are the build’s file names (hashed under assets/).',
    };
    for (const [id, reason] of Object.entries(findings)) Validations.of(role).acknowledge({ id, reason });

    // The singleton function BucketDeployment places at the stack's root.
    const handler = stack.node.children.find((c) => c.node.id.startsWith('Custom::CDKBucketDeployment'));
    if (!handler) throw new Error('the BucketDeployment function was not found in the stack');
    Validations.of(handler).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'The runtime of the BucketDeployment function (Python with the AWS CLI layer) is chosen by aws-cdk-lib ' +
        'and cannot be set; it moves with aws-cdk-lib upgrades. It runs only during deployments, on the ' +
        'build and config.json, and takes no user input.',
    });
  }
}
