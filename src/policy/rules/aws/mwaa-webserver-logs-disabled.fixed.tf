# expect: aws-mwaa-webserver-logs-disabled
resource "aws_mwaa_environment" "etl" {
  name               = "etl"
  dag_s3_path        = "dags/"
  execution_role_arn = "arn:aws:iam::123456789012:role/mwaa-etl"
  source_bucket_arn  = "arn:aws:s3:::etl-airflow"

  network_configuration {
    security_group_ids = ["sg-0123456789abcdef0"]
    subnet_ids         = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
  }

  logging_configuration {
    webserver_logs {
      enabled = true
    }
  }
}

resource "aws_mwaa_environment" "reports" {
  name               = "reports"
  dag_s3_path        = "dags/"
  execution_role_arn = "arn:aws:iam::123456789012:role/mwaa-reports"
  source_bucket_arn  = "arn:aws:s3:::reports-airflow"

  network_configuration {
    security_group_ids = ["sg-0123456789abcdef0"]
    subnet_ids         = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
  }

  logging_configuration {
    webserver_logs {
      # expect: aws-mwaa-webserver-logs-disabled
      enabled   = true
      log_level = "INFO"
    }
  }
}

resource "aws_mwaa_environment" "ml" {
  name               = "ml"
  dag_s3_path        = "dags/"
  execution_role_arn = "arn:aws:iam::123456789012:role/mwaa-ml"
  source_bucket_arn  = "arn:aws:s3:::ml-airflow"

  network_configuration {
    security_group_ids = ["sg-0123456789abcdef0"]
    subnet_ids         = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
  }

  logging_configuration {
    webserver_logs {
      enabled   = true
      log_level = "INFO"
    }
  }
}
