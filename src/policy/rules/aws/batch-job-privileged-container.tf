resource "aws_ecr_repository" "etl" {
  name = "etl"
}

resource "aws_batch_job_definition" "etl" {
  name = "etl"
  type = "container"
  # expect: aws-batch-job-privileged-container
  container_properties = jsonencode({
    image      = "${aws_ecr_repository.etl.repository_url}:latest"
    privileged = true
    resourceRequirements = [
      { type = "VCPU", value = "1" },
      { type = "MEMORY", value = "2048" },
    ]
  })
}

resource "aws_batch_job_definition" "report" {
  name = "report"
  type = "container"
  container_properties = jsonencode({
    image      = "public.ecr.aws/acme/report:1.4"
    privileged = false
    resourceRequirements = [
      { type = "VCPU", value = "1" },
      { type = "MEMORY", value = "1024" },
    ]
  })
}
