provider "aws" {
  region = "us-east-1"

  default_tags {
    tags = {
      CostCenter = "platform"
    }
  }
}

# expect: aws-resource-missing-required-tags
resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}

resource "aws_s3_bucket" "reports" {
  bucket = "acme-reports"
  # expect: aws-resource-missing-required-tags
  tags = {
    Name = "reports"
    Owner = ""
  }
}

resource "aws_instance" "api" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro"

  tags = {
    Owner = "team-api"
  }
}

resource "aws_cloudwatch_log_group" "api" {
  name              = "/ecs/api"
  retention_in_days = 30

  tags = {
    Owner      = "team-api"
    CostCenter = "api"
  }
}
