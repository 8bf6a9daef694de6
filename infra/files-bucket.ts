import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  HttpMethods,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { checksumHeader } from '../shared/adapters/object-store';
import { documentObjects } from './capabilities';
import { wildcardResourceFinding } from './nag';

/** Where objects live (shared/services/files.ts names the keys). */
export const filesPrefixes = {
  /** Uploads not attached yet, one folder per uploader. */
  uploads: 'uploads/',
  /** The materials and generated documents of each case. */
  cases: 'cases/',
} as const;

export interface FilesBucketProps {
  /** Origins whose pages PUT uploads and GET downloads straight to the bucket (the portal's, and any extra). */
  readonly allowedOrigins: readonly string[];
  /** The stack's access-log bucket (the bucket's own accesses are logged there). */
  readonly accessLogs: Bucket;
}

/**
 * The files bucket behind the FileStore port (shared/adapters/aws/s3.ts): private (no public
 * access, TLS only), encrypted at rest (SSE-S3, and every write asks for it), retained with the
 * stack's data, its accesses logged. People reach objects only through presigned URLs the cases
 * API signs: a PUT bound to the declared size, type and SHA-256 (S3 checks the body against it),
 * a GET valid for two minutes. CORS lets the portal's origin make those two requests.
 */
export class FilesBucket extends Construct {
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string, props: FilesBucketProps) {
    super(scope, id);
    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: props.accessLogs,
      serverAccessLogsPrefix: 's3/files/',
      // Case materials are part of the case file: the bucket outlives the stack, as the table does.
      removalPolicy: RemovalPolicy.RETAIN,
      cors: [
        {
          allowedOrigins: [...props.allowedOrigins],
          allowedMethods: [HttpMethods.PUT, HttpMethods.GET, HttpMethods.HEAD],
          // What the portal sends with a signed PUT (the upload ticket's headers).
          allowedHeaders: ['content-type', checksumHeader, 'x-amz-server-side-encryption', 'x-amz-meta-*'],
          exposedHeaders: ['etag'],
          maxAge: 3600,
        },
      ],
      lifecycleRules: [
        {
          // An upload is attached within minutes of its link (or never): what is left under
          // uploads/ after a day was abandoned, and goes. S3 counts lifecycle ages in whole days.
          id: 'ExpireUnattachedUploads',
          prefix: filesPrefixes.uploads,
          expiration: Duration.days(1),
        },
      ],
    });
  }

  /**
   * What the files grant of infra/capabilities.ts allows: read and write objects under uploads/
   * and cases/ (signing a PUT or a GET needs the same right as making it; a copy reads its source
   * and writes its target), remove uploads once attached (never a case's file), and list the
   * bucket — without s3:ListBucket, S3 answers a HEAD of a missing key 403 instead of 404, and a
   * not-yet-uploaded file would look like a fault. The bucket's name comes in FILES_BUCKET.
   */
  grant(grantee: IGrantable & { addEnvironment(key: string, value: string): unknown }): void {
    const objects = (prefix: string) => `${this.bucket.bucketArn}/${prefix}*`;
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'FilesObjects',
        actions: ['s3:GetObject', 's3:PutObject'],
        resources: [objects(filesPrefixes.uploads), objects(filesPrefixes.cases)],
      }),
    );
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'FilesRemoveUploads',
        actions: ['s3:DeleteObject'],
        resources: [objects(filesPrefixes.uploads)],
      }),
    );
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'FilesList',
        actions: ['s3:ListBucket'],
        resources: [this.bucket.bucketArn],
      }),
    );
    grantee.addEnvironment('FILES_BUCKET', this.bucket.bucketName);
  }

  /**
   * What the documents grant of infra/capabilities.ts allows: read and write the generated
   * documents under cases/<case id>/documents/ and nothing else of the bucket (no uploads, no
   * case materials, no removal), and list the bucket so that a document not rendered yet answers
   * 404 rather than 403. The bucket's name comes in FILES_BUCKET.
   */
  grantDocuments(grantee: IGrantable & { addEnvironment(key: string, value: string): unknown }): void {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'FilesDocuments',
        actions: ['s3:GetObject', 's3:PutObject'],
        resources: [`${this.bucket.bucketArn}/${documentObjects.iamPattern}`],
      }),
    );
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'FilesList',
        actions: ['s3:ListBucket'],
        resources: [this.bucket.bucketArn],
      }),
    );
    grantee.addEnvironment('FILES_BUCKET', this.bucket.bucketName);
  }

  /** The cdk-nag finding of the documents grant (keys are made at run time), acknowledged on the role. */
  acknowledgeDocumentsGrant(role: Construct): void {
    Validations.of(role).acknowledge({
      id: wildcardResourceFinding(Stack.of(this), `${this.bucket.bucketArn}/${documentObjects.iamPattern}`),
      reason:
        'Document keys are made at run time (cases/<case id>/documents/<document id>.pdf|docx): objects are ' +
        'read and written only there, only through keys the documents service builds; nothing is deleted.',
    });
  }

  /** The cdk-nag findings of a grant (object keys are made at run time), acknowledged on the grantee's role. */
  acknowledgeGrant(role: Construct): void {
    const reasons: Record<string, string> = {
      [filesPrefixes.uploads]:
        'Upload keys are made at run time (uploads/<owner digest>/<upload id>): objects are read, written and ' +
        'removed only under this prefix of the files bucket, and only through keys the service builds.',
      [filesPrefixes.cases]:
        'Case file keys are made at run time (cases/<case id>/files/<file id>, cases/<case id>/documents/…): ' +
        'objects are read and written only under this prefix of the files bucket; nothing there is deleted.',
    };
    for (const [prefix, reason] of Object.entries(reasons))
      Validations.of(role).acknowledge({
        id: wildcardResourceFinding(Stack.of(this), `${this.bucket.bucketArn}/${prefix}*`),
        reason,
      });
  }
}
