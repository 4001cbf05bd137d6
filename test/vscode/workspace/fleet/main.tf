# Workers whose number is known only at apply time: priced per instance, left out of the total.
variable "workers" {
  type = number
}

resource "aws_instance" "worker" {
  count         = var.workers
  ami           = "ami-0123456789abcdef0"
  instance_type = "m6g.large"
  monitoring    = true

  metadata_options {
    http_tokens = "required"
  }
}

resource "aws_sqs_queue" "jobs" {
  name = "fleet-jobs"
}
