provider "aws" {
  region = "us-east-1"
}

resource "aws_emr_instance_group" "task" {
  cluster_id     = "j-0A1B2C3D4E5F6"
  instance_type  = "c6g.xlarge"
  instance_count = 6
}
