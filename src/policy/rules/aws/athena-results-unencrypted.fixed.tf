# expect: aws-athena-results-unencrypted
resource "aws_athena_database" "clicks" {
  name   = "clicks"
  bucket = "analytics-athena-results"

  encryption_configuration {
    encryption_option = "SSE_S3"
  }
}

resource "aws_athena_database" "billing" {
  name   = "billing"
  bucket = "analytics-athena-results"

  encryption_configuration {
    encryption_option = "SSE_KMS"
    kms_key           = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  }
}

resource "aws_athena_workgroup" "analysts" {
  name = "analysts"

  configuration {
    enforce_workgroup_configuration = true

    # expect: aws-athena-results-unencrypted
    result_configuration {
      output_location = "s3://analytics-athena-results/analysts/"

      encryption_configuration {
        encryption_option = "SSE_S3"
      }
    }
  }
}

resource "aws_athena_workgroup" "finance" {
  name = "finance"

  configuration {
    enforce_workgroup_configuration = true

    result_configuration {
      output_location = "s3://analytics-athena-results/finance/"

      encryption_configuration {
        encryption_option = "SSE_KMS"
        kms_key_arn       = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
      }
    }
  }
}

resource "aws_athena_workgroup" "notebooks" {
  name = "notebooks"

  configuration {
    managed_query_results_configuration {
      enabled = true
    }
  }
}
