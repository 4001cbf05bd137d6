resource "aws_security_group" "app" {
  name        = "app"
  description = "Application servers"
  vpc_id      = "vpc-0a1b2c3d"
}

resource "aws_instance" "app" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "m6i.large"
  subnet_id     = "subnet-0a1b2c3d"
  # expect: aws-ec2-security-groups-by-name
  security_groups = [aws_security_group.app.name]
}

resource "aws_instance" "api" {
  ami                    = "ami-0c55b159cbfafe1f0"
  instance_type          = "m6i.large"
  subnet_id              = "subnet-0a1b2c3d"
  vpc_security_group_ids = [aws_security_group.app.id]
}
