resource "aws_glue_security_configuration" "etl" {
  name = "etl"

  encryption_configuration {
    cloudwatch_encryption {
      cloudwatch_encryption_mode = "SSE-KMS"
      kms_key_arn                = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    }

    job_bookmarks_encryption {
      job_bookmarks_encryption_mode = "CSE-KMS"
      kms_key_arn                   = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    }

    s3_encryption {
      s3_encryption_mode = "SSE-KMS"
      kms_key_arn        = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    }
  }
}

# expect: aws-glue-security-configuration-missing
resource "aws_glue_job" "nightly" {
  name     = "nightly"
  role_arn = "arn:aws:iam::123456789012:role/glue"

  command {
    script_location = "s3://acme-glue/scripts/nightly.py"
  }
}

resource "aws_glue_job" "hourly" {
  name                   = "hourly"
  role_arn               = "arn:aws:iam::123456789012:role/glue"
  security_configuration = aws_glue_security_configuration.etl.name

  command {
    script_location = "s3://acme-glue/scripts/hourly.py"
  }
}

# expect: aws-glue-security-configuration-missing
resource "aws_glue_crawler" "raw" {
  name          = "raw"
  role          = "arn:aws:iam::123456789012:role/glue"
  database_name = "raw"

  s3_target {
    path = "s3://acme-lake/raw/"
  }
}

resource "aws_glue_crawler" "curated" {
  name                   = "curated"
  role                   = "arn:aws:iam::123456789012:role/glue"
  database_name          = "curated"
  security_configuration = aws_glue_security_configuration.etl.name

  s3_target {
    path = "s3://acme-lake/curated/"
  }
}
