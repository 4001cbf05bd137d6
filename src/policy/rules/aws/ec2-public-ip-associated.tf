variable "public" {
  default = true
}

resource "aws_instance" "bastion" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro"
  subnet_id     = "subnet-0public"
  # expect: aws-ec2-public-ip-associated
  associate_public_ip_address = true
}

resource "aws_instance" "from_variable" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro"
  subnet_id     = "subnet-0public"
  # expect: aws-ec2-public-ip-associated
  associate_public_ip_address = var.public
}

resource "aws_instance" "private" {
  ami                         = "ami-0c55b159cbfafe1f0"
  instance_type               = "t3.micro"
  subnet_id                   = "subnet-0private"
  associate_public_ip_address = false
}

resource "aws_launch_template" "web" {
  name_prefix   = "web-"
  image_id      = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.small"

  network_interfaces {
    # expect: aws-ec2-public-ip-associated
    associate_public_ip_address = "true"
    security_groups             = ["sg-0web"]
  }
}
