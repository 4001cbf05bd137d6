# A context object threaded through a label module: attributes that are null unless set,
# coalesce over them, enabled flags that decide every count, one() and join() over splats.
module "label" {
  source    = "./modules/label"
  namespace = "eg"
  stage     = "prod"
  name      = "app"
  tags      = { Team = "platform" }
}

module "logs" {
  source     = "./modules/bucket"
  context    = module.label.context
  lifecycle_rules = [
    { id = "expire", expiration = { days = 90 } },
    { id = "keep", enabled = false },
  ]
}

module "assets" {
  source  = "./modules/bucket"
  context = merge(module.label.context, { name = "assets", attributes = ["eu"] })
}

module "off" {
  source  = "./modules/bucket"
  context = merge(module.label.context, { enabled = false })
}
