provider "aws" {
  region = "us-east-1"
}

resource "aws_mwaa_environment" "pipelines" {
  name               = "pipelines"
  dag_s3_path        = "dags/"
  execution_role_arn = "arn:aws:iam::123456789012:role/mwaa"
  source_bucket_arn  = "arn:aws:s3:::example-airflow"

  network_configuration {
    security_group_ids = ["sg-0a1b2c3d"]
    subnet_ids         = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }
}

resource "aws_mwaa_environment" "analytics" {
  name               = "analytics"
  environment_class  = "mw1.large"
  min_workers        = 3
  max_workers        = 10
  schedulers         = 3
  dag_s3_path        = "dags/"
  execution_role_arn = "arn:aws:iam::123456789012:role/mwaa"
  source_bucket_arn  = "arn:aws:s3:::example-airflow"

  network_configuration {
    security_group_ids = ["sg-0a1b2c3d"]
    subnet_ids         = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }
}
