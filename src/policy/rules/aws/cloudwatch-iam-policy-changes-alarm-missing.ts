import { metricAlarmRule } from '../support/cis-metric-alarm';

/** Trails sending to CloudWatch Logs with no metric filter and alarm for IAM policy changes (CIS 4.4). */
export default metricAlarmRule({
  id: 'aws-cloudwatch-iam-policy-changes-alarm-missing',
  watches: 'IAM policy changes',
  cis: '4.4',
  why: 'Changing who may do what is the first step of most privilege escalations and of persistence after a compromise.',
  terms: ['$.eventName = DeleteGroupPolicy', '$.eventName = DeleteRolePolicy', '$.eventName = DeleteUserPolicy', '$.eventName = PutGroupPolicy', '$.eventName = PutRolePolicy', '$.eventName = PutUserPolicy', '$.eventName = CreatePolicy', '$.eventName = DeletePolicy', '$.eventName = CreatePolicyVersion', '$.eventName = DeletePolicyVersion', '$.eventName = AttachRolePolicy', '$.eventName = DetachRolePolicy', '$.eventName = AttachUserPolicy', '$.eventName = DetachUserPolicy', '$.eventName = AttachGroupPolicy', '$.eventName = DetachGroupPolicy'],
  pattern: '{ ($.eventName = DeleteGroupPolicy) || ($.eventName = DeleteRolePolicy) || ($.eventName = DeleteUserPolicy) || ($.eventName = PutGroupPolicy) || ($.eventName = PutRolePolicy) || ($.eventName = PutUserPolicy) || ($.eventName = CreatePolicy) || ($.eventName = DeletePolicy) || ($.eventName = CreatePolicyVersion) || ($.eventName = DeletePolicyVersion) || ($.eventName = AttachRolePolicy) || ($.eventName = DetachRolePolicy) || ($.eventName = AttachUserPolicy) || ($.eventName = DetachUserPolicy) || ($.eventName = AttachGroupPolicy) || ($.eventName = DetachGroupPolicy) }',
});
