# expect: aws-athena-workgroup-settings-overridable
resource "aws_athena_workgroup" "adhoc" {
  name = "adhoc"
}

resource "aws_athena_workgroup" "analysts" {
  name = "analysts"

  configuration {
    # expect: aws-athena-workgroup-settings-overridable
    enforce_workgroup_configuration = false # the BI tool sets its own output location

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
        encryption_option = "SSE_S3"
      }
    }
  }
}
