// Helpers for cdk-nag acknowledgements, whose finding ids name resolved CloudFormation values.
import { Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/** A resolved CloudFormation value as cdk-nag flattens it into a finding id (`<Ref>`, `<Id.Attr>`). */
export function flattenCfnReference(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v['Fn::Join'])) {
      const [separator, parts] = v['Fn::Join'] as [string, unknown[]];
      return parts.map(flattenCfnReference).join(separator);
    }
    if (Array.isArray(v['Fn::GetAtt'])) return `<${(v['Fn::GetAtt'] as string[]).join('.')}>`;
    if (typeof v.Ref === 'string') return `<${v.Ref}>`;
  }
  return JSON.stringify(value);
}

/** The cdk-nag finding id of an IAM5 wildcard on this resource ARN (a token or a literal). */
export function wildcardResourceFinding(scope: IConstruct, arn: string): string {
  return `AwsSolutions-IAM5[Resource::${flattenCfnReference(Stack.of(scope).resolve(arn))}]`;
}
