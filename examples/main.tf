locals {
  name = "shop-${var.environment}"

  common_tags = {
    Environment = var.environment
    Service     = "shop"
  }
}

module "network" {
  source = "./modules/network"

  name = local.name
  cidr = var.vpc_cidr
  azs  = var.azs
  tags = local.common_tags
}

data "aws_ami" "ubuntu" {
  most_recent = true
  owners      = ["099720109477"]

  filter {
    name   = "name"
    values = ["ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*"]
  }
}

# Web tier: a fixed pool behind the load balancer.
resource "aws_instance" "web" {
  count = var.web_count

  ami                    = data.aws_ami.ubuntu.id
  instance_type          = var.web_instance_type
  subnet_id              = module.network.private_subnet_ids[count.index % length(var.azs)]
  vpc_security_group_ids = [aws_security_group.web.id]

  root_block_device {
    volume_type = "gp2"
    volume_size = 50
  }

  tags = merge(local.common_tags, {
    Name = "${local.name}-web-${count.index}"
  })
}

resource "aws_instance" "bastion" {
  ami                         = data.aws_ami.ubuntu.id
  instance_type               = "t3.micro"
  subnet_id                   = module.network.public_subnet_ids[0]
  associate_public_ip_address = true
  vpc_security_group_ids      = [aws_security_group.bastion.id]

  tags = merge(local.common_tags, { Name = "${local.name}-bastion" })
}

resource "aws_security_group" "bastion" {
  name        = "${local.name}-bastion"
  description = "SSH access to the bastion"
  vpc_id      = module.network.vpc_id

  ingress {
    description = "SSH"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = var.admin_cidrs
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "web" {
  name        = "${local.name}-web"
  description = "HTTP from the load balancer"
  vpc_id      = module.network.vpc_id

  dynamic "ingress" {
    for_each = toset([80, 443])
    content {
      from_port       = ingress.value
      to_port         = ingress.value
      protocol        = "tcp"
      security_groups = [aws_security_group.alb.id]
    }
  }
}

resource "aws_security_group" "alb" {
  name   = "${local.name}-alb"
  vpc_id = module.network.vpc_id

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_lb" "web" {
  name               = "${local.name}-web"
  load_balancer_type = "application"
  subnets            = module.network.public_subnet_ids
  security_groups    = [aws_security_group.alb.id]
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

resource "aws_lb_target_group" "web" {
  name     = "${local.name}-web"
  port     = 80
  protocol = "HTTP"
  vpc_id   = module.network.vpc_id
}

resource "aws_db_instance" "main" {
  identifier        = "${local.name}-db"
  engine            = "postgres"
  engine_version    = "13.15"
  instance_class    = var.db.instance_class
  allocated_storage = var.db.allocated_storage
  storage_type      = "gp2"
  multi_az          = var.db.multi_az
  username          = "shop"
  password          = "change-me-please"

  db_subnet_group_name    = module.network.database_subnet_group
  backup_retention_period = 0
  skip_final_snapshot     = true
}

resource "aws_s3_bucket" "assets" {
  bucket = "${local.name}-assets"
}

resource "aws_s3_bucket_acl" "assets" {
  bucket = aws_s3_bucket.assets.id
  acl    = "public-read"
}

resource "aws_ebs_volume" "scratch" {
  availability_zone = var.azs[0]
  size              = 200
  type              = "gp2"
}

resource "aws_cloudwatch_log_group" "app" {
  name = "/shop/${var.environment}/app"
}
