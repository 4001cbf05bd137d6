resource "aws_instance" "jumpbox" {
  ami       = "ami-0c55b159cbfafe1f0"
  subnet_id = "subnet-0a1b2c3d"
  # expect: aws-ec2-previous-generation-instance-type
  instance_type = "t2.micro"
}

resource "aws_instance" "app" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "m6i.large"
  subnet_id     = "subnet-0a1b2c3d"
}

variable "legacy_type" {
  default = "m3.medium"
}

resource "aws_launch_template" "legacy" {
  name_prefix = "legacy-"
  image_id    = "ami-0c55b159cbfafe1f0"
  # expect: aws-ec2-previous-generation-instance-type
  instance_type = var.legacy_type
}

resource "aws_launch_configuration" "batch" {
  name_prefix = "batch-"
  image_id    = "ami-0c55b159cbfafe1f0"
  # expect: aws-ec2-previous-generation-instance-type
  instance_type = "c4.xlarge" # sized in 2016
}
