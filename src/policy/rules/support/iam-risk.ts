/**
 * The risky IAM action sets Checkov's cloudsplaining-based checks look for (CKV_AWS_107/108/110 on
 * policy documents, CKV_AWS_286/287/288 on policy resources), read the way cloudsplaining reads a
 * policy: an action counts when an Allow statement grants it on every resource (`"*"`), through
 * Action (wildcards included) or NotAction, whatever the statement's conditions.
 */
import { coversAction, type Statement } from './policy-document';

/** Privilege escalation methods published by Rhino Security Labs: each is a set of actions that together escalate. */
export const PRIVILEGE_ESCALATION: Readonly<Record<string, readonly string[]>> = {
  CreateAccessKey: ['iam:CreateAccessKey'],
  CreateLoginProfile: ['iam:CreateLoginProfile'],
  UpdateLoginProfile: ['iam:UpdateLoginProfile'],
  AddUserToGroup: ['iam:AddUserToGroup'],
  CreateNewPolicyVersion: ['iam:CreatePolicyVersion'],
  SetExistingDefaultPolicyVersion: ['iam:SetDefaultPolicyVersion'],
  AttachUserPolicy: ['iam:AttachUserPolicy'],
  AttachGroupPolicy: ['iam:AttachGroupPolicy'],
  AttachRolePolicy: ['iam:AttachRolePolicy'],
  PutUserPolicy: ['iam:PutUserPolicy'],
  PutGroupPolicy: ['iam:PutGroupPolicy'],
  PutRolePolicy: ['iam:PutRolePolicy'],
  UpdateRolePolicyToAssumeIt: ['iam:UpdateAssumeRolePolicy'],
  CreateEC2WithExistingIP: ['iam:PassRole', 'ec2:RunInstances'],
  PassExistingRoleToNewLambdaThenInvoke: ['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'],
  PassExistingRoleToNewLambdaThenTriggerWithNewDynamo: ['iam:PassRole', 'lambda:CreateFunction', 'lambda:CreateEventSourceMapping', 'dynamodb:CreateTable', 'dynamodb:PutItem'],
  PassExistingRoleToNewLambdaThenTriggerWithExistingDynamo: ['iam:PassRole', 'lambda:CreateFunction', 'lambda:CreateEventSourceMapping'],
  PassExistingRoleToNewGlueDevEndpoint: ['iam:PassRole', 'glue:CreateDevEndpoint'],
  PassExistingRoleToCloudFormation: ['iam:PassRole', 'cloudformation:CreateStack'],
  PassExistingRoleToNewDataPipeline: ['iam:PassRole', 'datapipeline:CreatePipeline'],
  UpdateExistingGlueDevEndpoint: ['glue:UpdateDevEndpoint'],
  EditExistingLambdaFunctionWithRole: ['lambda:UpdateFunctionCode'],
};

/** Read-only actions that hand out data when allowed on every resource. */
export const DATA_EXFILTRATION = ['s3:GetObject', 'ssm:GetParameter', 'ssm:GetParameters', 'ssm:GetParametersByPath', 'secretsmanager:GetSecretValue'] as const;

/** Actions whose response carries credentials (cloudsplaining's list). */
export const CREDENTIALS_EXPOSURE = [
  'airflow:CreateCliToken', 'airflow:CreateWebLoginToken', 'appsync:CreateApiKey', 'chime:CreateApiKey', 'cloud9:CreateEnvironmentToken',
  'codeartifact:GetAuthorizationToken', 'codepipeline:PollForJobs', 'cognito-identity:GetOpenIdToken', 'cognito-identity:GetOpenIdTokenForDeveloperIdentity',
  'cognito-identity:GetCredentialsForIdentity', 'cognito-idp:GetSigningCertificate', 'connect:GetFederationToken', 'connect:GetFederationTokens',
  'ec2:GetPasswordData', 'ecr:GetAuthorizationToken', 'ecr-public:GetAuthorizationToken', 'emr-containers:GetManagedEndpointSessionCredentials',
  'finspace-api:GetProgrammaticAccessCredentials', 'gamelift:RequestUploadCredentials', 'gamelift:GetInstanceAccess', 'grafana:CreateWorkspaceApiKey',
  'iam:CreateAccessKey', 'iam:CreateLoginProfile', 'iam:CreateServiceSpecificCredential', 'iam:ResetServiceSpecificCredential', 'iam:UpdateAccessKey',
  'license-manager:GetAccessToken', 'lightsail:GetInstanceAccessDetails', 'lightsail:DownloadDefaultKeyPair', 'lightsail:CreateBucketAccessKey',
  'lightsail:GetRelationalDatabaseMasterUserPassword', 'mediapackage:RotateChannelCredentials', 'mediapackage:RotateIngestEndpointCredentials', 'rds-db:connect',
  'redshift:GetClusterCredentials', 'redshift:GetClusterCredentialsWithIAM', 'redshift-serverless:GetCredentials', 'sso:GetRoleCredentials', 'sts:AssumeRole',
  'sts:AssumeRoleWithSAML', 'sts:AssumeRoleWithWebIdentity', 'sts:GetFederationToken', 'sts:GetSessionToken',
] as const;

/**
 * Actions that accept no resource but `"*"`: a statement granting only these on `"*"` is not
 * missing a constraint, and cloudsplaining does not count it.
 */
const WILDCARD_ONLY = new Set(['ecr:getauthorizationtoken', 'ecr-public:getauthorizationtoken', 'sts:getsessiontoken']);

/** Allow statements that grant on every resource (`"*"`) something that could have been scoped. */
export function unrestrictedAllows(statements: readonly Statement[]): Statement[] {
  return statements.filter((s) => {
    if (s.effect !== 'Allow' || !s.resources?.values.includes('*')) return false;
    if (s.notActions) return true;
    return (s.actions?.values ?? []).some((a) => !WILDCARD_ONLY.has(a.toLowerCase()));
  });
}

/** Whether a statement grants `action`, through Action patterns or as an action NotAction leaves in. */
export function grants(s: Statement, action: string): boolean {
  if (s.actions) return coversAction(s.actions.values, action);
  // with NotAction, an unknown item may exclude the action: only a fully known list grants it
  if (s.notActions) return s.notActions.complete && !coversAction(s.notActions.values, action);
  return false;
}

/** The first statement of `statements` that grants `action`. */
export function granting(statements: readonly Statement[], action: string): Statement | undefined {
  return statements.find((s) => grants(s, action));
}
