provider "aws" {
  region = "us-east-1"
}

resource "aws_glue_job" "nightly" {
  name              = "nightly"
  role_arn          = "arn:aws:iam::123456789012:role/glue"
  glue_version      = "4.0"
  worker_type       = "G.1X"
  number_of_workers = 10

  command {
    script_location = "s3://example-scripts/nightly.py"
  }
}

resource "aws_glue_job" "backfill" {
  name              = "backfill"
  role_arn          = "arn:aws:iam::123456789012:role/glue"
  glue_version      = "4.0"
  worker_type       = "G.2X"
  number_of_workers = 5
  execution_class   = "FLEX"

  command {
    script_location = "s3://example-scripts/backfill.py"
  }
}

resource "aws_glue_job" "cleanup" {
  name         = "cleanup"
  role_arn     = "arn:aws:iam::123456789012:role/glue"
  max_capacity = 0.0625

  command {
    name            = "pythonshell"
    python_version  = "3.9"
    script_location = "s3://example-scripts/cleanup.py"
  }
}
