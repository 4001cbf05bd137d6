/**
 * Provider-defined functions Kensa evaluates offline, by their namespaced names: the AWS
 * provider's provider::aws::arn_parse, provider::aws::arn_build and
 * provider::aws::trim_iam_role_path, with the AWS SDK's ARN rules and messages.
 */
import { object, str } from '../value';
import { stringArg } from './arguments';
import { FunctionError, type TfFunction } from './function';

interface Arn {
  partition: string;
  service: string;
  region: string;
  account_id: string;
  resource: string;
}

/** aws-sdk-go-v2's arn.Parse: `arn:` then five `:`-separated sections, the last taking the rest. */
function parseArn(text: string): Arn {
  if (!text.startsWith('arn:')) throw new FunctionError('arn: invalid prefix', 0);
  const parts = text.split(':');
  if (parts.length < 6) throw new FunctionError('arn: not enough sections', 0);
  const [, partition, service, region, account_id] = parts as [string, string, string, string, string];
  return { partition, service, region, account_id, resource: parts.slice(5).join(':') };
}

function arnText(a: Arn): string {
  return `arn:${a.partition}:${a.service}:${a.region}:${a.account_id}:${a.resource}`;
}

const arnParse: TfFunction = {
  name: 'provider::aws::arn_parse',
  params: ['arn'],
  call: (args) => {
    const a = parseArn(stringArg(args, 0));
    return object({
      account_id: str(a.account_id),
      partition: str(a.partition),
      region: str(a.region),
      resource: str(a.resource),
      service: str(a.service),
    });
  },
};

const arnBuild: TfFunction = {
  name: 'provider::aws::arn_build',
  params: ['partition', 'service', 'region', 'account_id', 'resource'],
  call: (args) =>
    str(
      arnText({
        partition: stringArg(args, 0),
        service: stringArg(args, 1),
        region: stringArg(args, 2),
        account_id: stringArg(args, 3),
        resource: stringArg(args, 4),
      }),
    ),
};

const trimIamRolePath: TfFunction = {
  name: 'provider::aws::trim_iam_role_path',
  params: ['arn'],
  call: (args) => {
    const a = parseArn(stringArg(args, 0));
    if (a.service !== 'iam') throw new FunctionError('service must be "iam"', 0);
    if (a.region !== '') throw new FunctionError('region must be empty', 0);
    if (!a.resource.startsWith('role/')) throw new FunctionError('resource must begin with "role/"', 0);
    const name = a.resource.split('/').pop()!;
    return str(arnText({ ...a, resource: `role/${name}` }));
  },
};

/** The provider-defined functions, sorted by name. */
export const PROVIDER_FUNCTIONS: readonly TfFunction[] = [arnBuild, arnParse, trimIamRolePath];
