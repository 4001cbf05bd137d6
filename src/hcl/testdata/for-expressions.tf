# for expressions.
tuple_for        = [for x in var.xs : x]
tuple_for_upper  = [for x in var.xs : upper(x)]
tuple_for_if     = [for i, x in var.xs : "${i}-${x}" if i > 0]
object_for       = { for k, v in var.m : k => v }
object_for_if    = { for k, v in var.m : k => v if v != null }
object_group     = { for k, v in var.m : v.group => k... }
nested_for       = [for a in var.as : [for b in var.bs : "${a}-${b}"]]
for_over_call    = { for s in toset(var.names) : s => length(s) }
for_multiline = {
  for name, cfg in var.subnets :
  name => {
    cidr = cfg.cidr
    az   = cfg.az
  }
  if cfg.enabled
}
for_in_call      = flatten([for k, v in var.m : [for x in v : { k = k, x = x }]])
