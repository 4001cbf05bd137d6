# Splat expressions.
attr_splat       = aws_instance.web.*.id
full_splat       = aws_instance.web[*].id
full_only        = var.list[*]
attr_only        = var.list.*
full_deep        = var.a[*].b[0].c
double           = var.a[*].b[*].c
splat_index      = var.a[*].tags["Name"]
legacy_splat     = var.a.*.b.0
in_call          = length(aws_subnet.private[*].id)
on_call          = concat(var.a, var.b)[*].id
