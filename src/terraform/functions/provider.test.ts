import { NULL, object, str, unknown } from '../value';
import { runCases, type Case } from '../../../test/support/function-cases';
import { PROVIDER_FUNCTIONS } from './provider';

const s = str;

const cases: Case[] = [
  [
    'provider::aws::arn_parse',
    [s('arn:aws:iam::444455556666:role/example')],
    object({ partition: s('aws'), service: s('iam'), region: s(''), account_id: s('444455556666'), resource: s('role/example') }),
  ],
  [
    'provider::aws::arn_parse',
    [s('arn:aws:states:us-east-1:123456789012:execution:machine:run-1')],
    object({ partition: s('aws'), service: s('states'), region: s('us-east-1'), account_id: s('123456789012'), resource: s('execution:machine:run-1') }),
  ],
  ['provider::aws::arn_parse', [s('arn:aws:s3:::bucket/key')], object({ partition: s('aws'), service: s('s3'), region: s(''), account_id: s(''), resource: s('bucket/key') })],
  ['provider::aws::arn_parse', [s('foo')], { error: 'arn: invalid prefix', arg: 0 }],
  ['provider::aws::arn_parse', [s('arn:aws:iam::444455556666')], { error: 'arn: not enough sections', arg: 0 }],
  ['provider::aws::arn_parse', [unknown('known after apply')], { unknown: 'known after apply' }],
  ['provider::aws::arn_build', [s('aws'), s('iam'), s(''), s('444455556666'), s('role/example')], s('arn:aws:iam::444455556666:role/example')],
  ['provider::aws::arn_build', [s('aws-us-gov'), s('s3'), s(''), s(''), s('bucket')], s('arn:aws-us-gov:s3:::bucket')],
  ['provider::aws::arn_build', [s('aws'), NULL, s(''), s(''), s('x')], { error: 'argument must not be null', arg: 1 }],
  ['provider::aws::trim_iam_role_path', [s('arn:aws:iam::444455556666:role/example')], s('arn:aws:iam::444455556666:role/example')],
  ['provider::aws::trim_iam_role_path', [s('arn:aws:iam::444455556666:role/with/some/path/parts/example')], s('arn:aws:iam::444455556666:role/example')],
  ['provider::aws::trim_iam_role_path', [s('foo')], { error: 'arn: invalid prefix', arg: 0 }],
  ['provider::aws::trim_iam_role_path', [s('arn:aws:s3:::bucket/foo')], { error: 'service must be "iam"', arg: 0 }],
  ['provider::aws::trim_iam_role_path', [s('arn:aws:iam:us-east-1:444455556666:role/example')], { error: 'region must be empty', arg: 0 }],
  ['provider::aws::trim_iam_role_path', [s('arn:aws:iam::444455556666:policy/example')], { error: 'resource must begin with "role/"', arg: 0 }],
];

runCases('provider', PROVIDER_FUNCTIONS, cases);
