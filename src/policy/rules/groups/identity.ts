/** Identity, serverless and messaging rules: IAM, Lambda, API Gateway, SQS, SNS, Secrets Manager, ECR. Sorted by id. */
import type { Rule } from '../../rule';
import awsApiGatewayCacheUnencrypted from '../aws/api-gateway-cache-unencrypted';
import awsApiGatewayDomainOutdatedTls from '../aws/api-gateway-domain-outdated-tls';
import awsApiGatewayMethodCacheDisabled from '../aws/api-gateway-method-cache-disabled';
import awsApiGatewayMethodUnauthenticated from '../aws/api-gateway-method-unauthenticated';
import awsApiGatewayStageAccessLoggingDisabled from '../aws/api-gateway-stage-access-logging-disabled';
import awsApiGatewayStageWafMissing from '../aws/api-gateway-stage-waf-missing';
import awsApiGatewayStageXrayDisabled from '../aws/api-gateway-stage-xray-disabled';
import awsApigatewayv2StageAccessLoggingDisabled from '../aws/apigatewayv2-stage-access-logging-disabled';
import awsEcrMutableTags from '../aws/ecr-mutable-tags';
import awsEcrRepositoryNotKmsEncrypted from '../aws/ecr-repository-not-kms-encrypted';
import awsEcrRepositoryPolicyPublic from '../aws/ecr-repository-policy-public';
import awsEcrRepositoryWithoutCmk from '../aws/ecr-repository-without-cmk';
import awsEcrScanOnPushDisabled from '../aws/ecr-scan-on-push-disabled';
import awsIamAccessAnalyzerMissing from '../aws/iam-access-analyzer-missing';
import awsIamAccessKeyCreated from '../aws/iam-access-key-created';
import awsIamAdminAccessAttached from '../aws/iam-admin-access-attached';
import awsIamFullAccessPolicyAttached from '../aws/iam-full-access-policy-attached';
import awsIamGroupWithoutUsers from '../aws/iam-group-without-users';
import awsIamPassroleAnyResource from '../aws/iam-passrole-any-resource';
import awsIamPasswordPolicyLongMaxAge from '../aws/iam-password-policy-long-max-age';
import awsIamPasswordPolicyLowercaseNotRequired from '../aws/iam-password-policy-lowercase-not-required';
import awsIamPasswordPolicyNumbersNotRequired from '../aws/iam-password-policy-numbers-not-required';
import awsIamPasswordPolicyReuseAllowed from '../aws/iam-password-policy-reuse-allowed';
import awsIamPasswordPolicyReuseUnderFive from '../aws/iam-password-policy-reuse-under-five';
import awsIamPasswordPolicyShortMinimumLength from '../aws/iam-password-policy-short-minimum-length';
import awsIamPasswordPolicySymbolsNotRequired from '../aws/iam-password-policy-symbols-not-required';
import awsIamPasswordPolicyUppercaseNotRequired from '../aws/iam-password-policy-uppercase-not-required';
import awsIamPolicyAllowNotAction from '../aws/iam-policy-allow-not-action';
import awsIamPolicyCredentialsExposure from '../aws/iam-policy-credentials-exposure';
import awsIamPolicyDataExfiltration from '../aws/iam-policy-data-exfiltration';
import awsIamPolicyFullAdmin from '../aws/iam-policy-full-admin';
import awsIamPolicyFullIamAccess from '../aws/iam-policy-full-iam-access';
import awsIamPolicyPrivilegeEscalation from '../aws/iam-policy-privilege-escalation';
import awsIamPolicyS3FullAccess from '../aws/iam-policy-s3-full-access';
import awsIamPolicyWildcardAction from '../aws/iam-policy-wildcard-action';
import awsIamRoleLongSession from '../aws/iam-role-long-session';
import awsIamRoleTrustPublic from '../aws/iam-role-trust-public';
import awsIamRoleTrustWholeAccount from '../aws/iam-role-trust-whole-account';
import awsIamRootAccessKey from '../aws/iam-root-access-key';
import awsIamUserAttachedPolicy from '../aws/iam-user-attached-policy';
import awsIamUserConsoleAccess from '../aws/iam-user-console-access';
import awsIamUserInlinePolicy from '../aws/iam-user-inline-policy';
import awsKinesisStreamUnencrypted from '../aws/kinesis-stream-unencrypted';
import awsLambdaCodeSigningMissing from '../aws/lambda-code-signing-missing';
import awsLambdaDeadLetterQueueMissing from '../aws/lambda-dead-letter-queue-missing';
import awsLambdaDeprecatedRuntime from '../aws/lambda-deprecated-runtime';
import awsLambdaEnvironmentSecret from '../aws/lambda-environment-secret';
import awsLambdaEnvironmentWithoutCmk from '../aws/lambda-environment-without-cmk';
import awsLambdaFunctionUrlCorsOpen from '../aws/lambda-function-url-cors-open';
import awsLambdaFunctionUrlPublic from '../aws/lambda-function-url-public';
import awsLambdaOutsideVpc from '../aws/lambda-outside-vpc';
import awsLambdaPermissionMissingSourceArn from '../aws/lambda-permission-missing-source-arn';
import awsLambdaPermissionPublic from '../aws/lambda-permission-public';
import awsLambdaReservedConcurrencyUnset from '../aws/lambda-reserved-concurrency-unset';
import awsLambdaTracingDisabled from '../aws/lambda-tracing-disabled';
import awsMqAuditLogsDisabled from '../aws/mq-audit-logs-disabled';
import awsMqBrokerPubliclyAccessible from '../aws/mq-broker-publicly-accessible';
import awsMqGeneralLogsDisabled from '../aws/mq-general-logs-disabled';
import awsSecretsmanagerRotationIntervalLong from '../aws/secretsmanager-rotation-interval-long';
import awsSecretsmanagerSecretPolicyPublic from '../aws/secretsmanager-secret-policy-public';
import awsSfnLoggingDisabled from '../aws/sfn-logging-disabled';
import awsSfnTracingDisabled from '../aws/sfn-tracing-disabled';
import awsSnsTopicAwsManagedKey from '../aws/sns-topic-aws-managed-key';
import awsSnsTopicPolicyPublic from '../aws/sns-topic-policy-public';
import awsSnsTopicUnencrypted from '../aws/sns-topic-unencrypted';
import awsSqsQueueAwsManagedKey from '../aws/sqs-queue-aws-managed-key';
import awsSqsQueueEncryptionImplicit from '../aws/sqs-queue-encryption-implicit';
import awsSqsQueuePolicyPublic from '../aws/sqs-queue-policy-public';
import awsSqsQueuePolicyWildcardAction from '../aws/sqs-queue-policy-wildcard-action';
import awsSqsQueueUnencrypted from '../aws/sqs-queue-unencrypted';

export const IDENTITY_RULES: readonly Rule[] = [
  awsApiGatewayCacheUnencrypted,
  awsApiGatewayDomainOutdatedTls,
  awsApiGatewayMethodCacheDisabled,
  awsApiGatewayMethodUnauthenticated,
  awsApiGatewayStageAccessLoggingDisabled,
  awsApiGatewayStageWafMissing,
  awsApiGatewayStageXrayDisabled,
  awsApigatewayv2StageAccessLoggingDisabled,
  awsEcrMutableTags,
  awsEcrRepositoryNotKmsEncrypted,
  awsEcrRepositoryPolicyPublic,
  awsEcrRepositoryWithoutCmk,
  awsEcrScanOnPushDisabled,
  awsIamAccessAnalyzerMissing,
  awsIamAccessKeyCreated,
  awsIamAdminAccessAttached,
  awsIamFullAccessPolicyAttached,
  awsIamGroupWithoutUsers,
  awsIamPassroleAnyResource,
  awsIamPasswordPolicyLongMaxAge,
  awsIamPasswordPolicyLowercaseNotRequired,
  awsIamPasswordPolicyNumbersNotRequired,
  awsIamPasswordPolicyReuseAllowed,
  awsIamPasswordPolicyReuseUnderFive,
  awsIamPasswordPolicyShortMinimumLength,
  awsIamPasswordPolicySymbolsNotRequired,
  awsIamPasswordPolicyUppercaseNotRequired,
  awsIamPolicyAllowNotAction,
  awsIamPolicyCredentialsExposure,
  awsIamPolicyDataExfiltration,
  awsIamPolicyFullAdmin,
  awsIamPolicyFullIamAccess,
  awsIamPolicyPrivilegeEscalation,
  awsIamPolicyS3FullAccess,
  awsIamPolicyWildcardAction,
  awsIamRoleLongSession,
  awsIamRoleTrustPublic,
  awsIamRoleTrustWholeAccount,
  awsIamRootAccessKey,
  awsIamUserAttachedPolicy,
  awsIamUserConsoleAccess,
  awsIamUserInlinePolicy,
  awsKinesisStreamUnencrypted,
  awsLambdaCodeSigningMissing,
  awsLambdaDeadLetterQueueMissing,
  awsLambdaDeprecatedRuntime,
  awsLambdaEnvironmentSecret,
  awsLambdaEnvironmentWithoutCmk,
  awsLambdaFunctionUrlCorsOpen,
  awsLambdaFunctionUrlPublic,
  awsLambdaOutsideVpc,
  awsLambdaPermissionMissingSourceArn,
  awsLambdaPermissionPublic,
  awsLambdaReservedConcurrencyUnset,
  awsLambdaTracingDisabled,
  awsMqAuditLogsDisabled,
  awsMqBrokerPubliclyAccessible,
  awsMqGeneralLogsDisabled,
  awsSecretsmanagerRotationIntervalLong,
  awsSecretsmanagerSecretPolicyPublic,
  awsSfnLoggingDisabled,
  awsSfnTracingDisabled,
  awsSnsTopicAwsManagedKey,
  awsSnsTopicPolicyPublic,
  awsSnsTopicUnencrypted,
  awsSqsQueueAwsManagedKey,
  awsSqsQueueEncryptionImplicit,
  awsSqsQueuePolicyPublic,
  awsSqsQueuePolicyWildcardAction,
  awsSqsQueueUnencrypted,
];
