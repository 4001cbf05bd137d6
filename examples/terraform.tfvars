environment       = "staging"
web_instance_type = "m4.large"

db = {
  instance_class    = "db.m5.large"
  allocated_storage = 100
}
