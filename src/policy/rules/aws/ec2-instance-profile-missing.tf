# expect: aws-ec2-instance-profile-missing
resource "aws_instance" "jenkins" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "m6i.large"
  subnet_id     = "subnet-0a1b2c3d"
}

resource "aws_iam_instance_profile" "app" {
  name = "app"
  role = "app"
}

resource "aws_instance" "app" {
  ami                  = "ami-0c55b159cbfafe1f0"
  instance_type        = "m6i.large"
  subnet_id            = "subnet-0a1b2c3d"
  iam_instance_profile = aws_iam_instance_profile.app.name
}

resource "aws_instance" "from_template" {
  subnet_id = "subnet-0a1b2c3d"

  launch_template {
    id      = "lt-0123456789abcdef0"
    version = "$Latest"
  }
}
