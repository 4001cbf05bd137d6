variable "name" {
  type = string
}
variable "subnet_ids" {
  type = list(string)
}
variable "image_id" {
  type    = string
  default = null
}
variable "extra_volumes" {
  type = map(object({
    size = number
    type = optional(string, "gp3")
  }))
  default = {}
}

data "aws_ami" "default" {
  count       = var.image_id == null ? 1 : 0
  most_recent = true
  owners      = ["amazon"]
  filter {
    name   = "name"
    values = ["al2023-ami-*-x86_64"]
  }
}

resource "aws_instance" "this" {
  ami           = coalesce(var.image_id, try(data.aws_ami.default[0].id, null))
  instance_type = "t3.micro"
  subnet_id     = element(var.subnet_ids, 0)
  tags          = { Name = var.name }
}

resource "aws_ebs_volume" "extra" {
  for_each          = var.extra_volumes
  availability_zone = aws_instance.this.availability_zone
  size              = each.value.size
  type              = each.value.type
}
