# expect: aws-iam-access-analyzer-missing
resource "aws_cloudtrail" "main" {
  name                  = "main"
  s3_bucket_name        = "acme-cloudtrail"
  is_multi_region_trail = true
}

resource "aws_accessanalyzer_analyzer" "unused" {
  analyzer_name = "unused-access"
  type          = "ACCOUNT_UNUSED_ACCESS"
}

# a single-Region trail is not taken for the account's baseline
resource "aws_cloudtrail" "app" {
  name           = "app"
  s3_bucket_name = "acme-app-trail"
}
