/**
 * Helpers that bridge the ASL as CDK deploys it (a DefinitionString with `${Var}` placeholders
 * plus DefinitionSubstitutions) and the ASL as the local engine runs it (plain JSON text).
 */

const PLACEHOLDER = /\$\{([^}]+)\}/g;

/**
 * Replaces every `${Var}` placeholder the way Step Functions' DefinitionSubstitutions does
 * (plain text replacement). Every placeholder must have a value: a missing one would deploy a
 * state machine that fails at run time, so it is an error here.
 */
export function substituteAsl(definition: string, substitutions: Record<string, string>): string {
  const missing = new Set<string>();
  const result = definition.replace(PLACEHOLDER, (whole, name: string) => {
    const value = substitutions[name];
    if (value === undefined) {
      missing.add(name);
      return whole;
    }
    return value;
  });
  if (missing.size > 0) {
    throw new Error(`ASL placeholders without a substitution: ${[...missing].sort().join(', ')}`);
  }
  return result;
}

/** The `${Var}` names an ASL text uses, sorted and unique. */
export function aslPlaceholders(definition: string): string[] {
  return [...new Set([...definition.matchAll(PLACEHOLDER)].map((m) => m[1] as string))].sort();
}

type CfnValue = string | number | boolean | null | CfnValue[] | { [key: string]: CfnValue };

interface CfnResource {
  readonly Type: string;
  readonly Properties?: Record<string, CfnValue>;
}

/** "LogicalId" for a Ref, "LogicalId.Attr" for a GetAtt; anything else is not expected here. */
function describeIntrinsic(value: CfnValue, where: string): string {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const ref = value.Ref;
    if (typeof ref === 'string') return ref;
    const getAtt = value['Fn::GetAtt'];
    if (Array.isArray(getAtt) && getAtt.length === 2 && getAtt.every((p) => typeof p === 'string')) {
      return `${getAtt[0]}.${getAtt[1]}`;
    }
    if (typeof getAtt === 'string') return getAtt;
  }
  throw new Error(
    `${where}: unsupported value ${JSON.stringify(value)} (expected a string, Ref or Fn::GetAtt)`,
  );
}

/**
 * Extracts the single state machine of a synthesized template (e.g. `Template.toJSON()`):
 * its definition text with `${Var}` placeholders left intact, and a map from each placeholder to
 * a description of what CloudFormation puts there (the logical id, e.g. `PlanFnA1B2C3D4.Arn`).
 *
 * The DefinitionString may be a plain string or an `Fn::Join` of strings and intrinsics; an
 * intrinsic inside the join becomes a placeholder named after its description, so that the
 * result has the same shape either way.
 */
export function aslFromTemplate(template: object): {
  definition: string;
  substitutions: Record<string, string>;
} {
  const resources = (template as { Resources?: Record<string, CfnResource> }).Resources ?? {};
  const machines = Object.entries(resources).filter(([, r]) => r.Type === 'AWS::StepFunctions::StateMachine');
  if (machines.length !== 1) {
    throw new Error(`expected exactly one AWS::StepFunctions::StateMachine, found ${machines.length}`);
  }
  const [logicalId, machine] = machines[0] as [string, CfnResource];
  const props = machine.Properties ?? {};
  const raw = props.DefinitionString;
  const substitutions: Record<string, string> = {};

  let definition: string;
  if (typeof raw === 'string') {
    definition = raw;
  } else if (raw !== null && typeof raw === 'object' && !Array.isArray(raw) && 'Fn::Join' in raw) {
    const join = raw['Fn::Join'];
    if (!Array.isArray(join) || join.length !== 2 || typeof join[0] !== 'string' || !Array.isArray(join[1])) {
      throw new Error(`${logicalId}.DefinitionString: malformed Fn::Join`);
    }
    const [separator, parts] = join as [string, CfnValue[]];
    definition = parts
      .map((part, i) => {
        if (typeof part === 'string') return part;
        const description = describeIntrinsic(part, `${logicalId}.DefinitionString[${i}]`);
        substitutions[description] = description;
        return `\${${description}}`;
      })
      .join(separator);
  } else {
    throw new Error(
      `${logicalId} has no DefinitionString (an S3 definition cannot be read from the template)`,
    );
  }

  const declared = props.DefinitionSubstitutions;
  if (declared !== undefined) {
    if (declared === null || typeof declared !== 'object' || Array.isArray(declared)) {
      throw new Error(`${logicalId}.DefinitionSubstitutions: expected an object`);
    }
    for (const [name, value] of Object.entries(declared)) {
      substitutions[name] =
        typeof value === 'string'
          ? value
          : describeIntrinsic(value, `${logicalId}.DefinitionSubstitutions.${name}`);
    }
  }
  return { definition, substitutions };
}
