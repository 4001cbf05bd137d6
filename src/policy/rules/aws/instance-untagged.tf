# expect: aws-instance-untagged
resource "aws_instance" "scratch" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro"
}

resource "aws_instance" "api" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro"

  tags = {
    Name  = "api"
    Owner = "team-api"
  }
}
