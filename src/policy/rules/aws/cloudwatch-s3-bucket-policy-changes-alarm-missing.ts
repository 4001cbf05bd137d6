import { metricAlarmRule } from '../support/cis-metric-alarm';

/** Trails sending to CloudWatch Logs with no metric filter and alarm for S3 bucket policy changes (CIS 4.8). */
export default metricAlarmRule({
  id: 'aws-cloudwatch-s3-bucket-policy-changes-alarm-missing',
  watches: 'S3 bucket policy changes',
  cis: '4.8',
  why: 'A changed bucket policy or ACL can make data public or hand it to another account within seconds.',
  terms: ['$.eventSource = s3.amazonaws.com', '$.eventName = PutBucketAcl', '$.eventName = PutBucketPolicy', '$.eventName = PutBucketCors', '$.eventName = PutBucketLifecycle', '$.eventName = PutBucketReplication', '$.eventName = DeleteBucketPolicy', '$.eventName = DeleteBucketCors', '$.eventName = DeleteBucketLifecycle', '$.eventName = DeleteBucketReplication'],
  pattern: '{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication) || ($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || ($.eventName = DeleteBucketReplication)) }',
});
