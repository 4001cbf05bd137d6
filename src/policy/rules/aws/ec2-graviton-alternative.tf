resource "aws_instance" "api" {
  ami       = "ami-0c55b159cbfafe1f0"
  subnet_id = "subnet-0a1b2c3d"
  # expect: aws-ec2-graviton-alternative
  instance_type = "m6i.xlarge"
}

resource "aws_instance" "arm" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "m7g.xlarge"
  subnet_id     = "subnet-0a1b2c3d"
}

resource "aws_launch_template" "workers" {
  name_prefix = "workers-"
  image_id    = "ami-0c55b159cbfafe1f0"
  # expect: aws-ec2-graviton-alternative
  instance_type = "t3.medium"
}

resource "aws_instance" "gpu" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "g5.xlarge"
  subnet_id     = "subnet-0a1b2c3d"
}
