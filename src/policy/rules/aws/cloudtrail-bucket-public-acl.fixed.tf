resource "aws_s3_bucket" "trail" {
  bucket = "acme-cloudtrail"
  # expect: aws-cloudtrail-bucket-public-acl
  acl = "private" # copied from the website bucket
}

resource "aws_cloudtrail" "main" {
  name           = "main"
  s3_bucket_name = aws_s3_bucket.trail.id
}

resource "aws_s3_bucket" "org_trail" {
  bucket = "acme-org-cloudtrail"
}

resource "aws_s3_bucket_acl" "org_trail" {
  bucket = aws_s3_bucket.org_trail.id
  # expect: aws-cloudtrail-bucket-public-acl
  acl = "private"
}

resource "aws_cloudtrail" "organization" {
  name                  = "organization"
  s3_bucket_name        = aws_s3_bucket.org_trail.id
  is_organization_trail = true
}

resource "aws_s3_bucket" "audit_trail" {
  bucket = "acme-audit-cloudtrail"
}

resource "aws_s3_bucket_acl" "audit_trail" {
  bucket = aws_s3_bucket.audit_trail.id
  acl    = "private"
}

resource "aws_cloudtrail" "audit" {
  name           = "audit"
  s3_bucket_name = aws_s3_bucket.audit_trail.id
}

# public, but no trail writes here: aws-s3-public-acl's business
resource "aws_s3_bucket" "website" {
  bucket = "acme-website"
  acl    = "public-read"
}
