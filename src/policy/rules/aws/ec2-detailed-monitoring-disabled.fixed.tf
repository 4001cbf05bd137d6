# expect: aws-ec2-detailed-monitoring-disabled
resource "aws_instance" "api" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "m6i.large"
  subnet_id     = "subnet-0a1b2c3d"
  monitoring = true
}

resource "aws_instance" "batch" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "c6i.xlarge"
  subnet_id     = "subnet-0a1b2c3d"
  # expect: aws-ec2-detailed-monitoring-disabled
  monitoring = true # saves $2/month
}

resource "aws_instance" "web" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "m6i.large"
  subnet_id     = "subnet-0a1b2c3d"
  monitoring    = true
}

# expect: aws-ec2-detailed-monitoring-disabled
resource "aws_launch_template" "workers" {
  name_prefix   = "workers-"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "m6i.large"

  monitoring {
    enabled = true
  }
}

resource "aws_launch_template" "monitored" {
  name_prefix   = "monitored-"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "m6i.large"

  monitoring {
    enabled = true
  }
}
