# Function calls.
no_args    = timestamp()
one_arg    = upper("x")
two_args   = max(1, 2)
expand     = max(var.numbers...)
expand_2   = format("%s-%s", var.parts...)
nested     = lower(upper(trimspace(" x ")))
paren_arg  = abs((1))
indexed    = split(",", var.csv)[0]
attr_after = lookup(var.m, "k", {}).name
multiline = merge(
  var.a,
  {
    b = 1
  },
)
in_list    = [upper("a"), lower("B")]
in_object  = { a = upper("a") }
provider_fn = provider::aws::arn_parse("arn:aws:s3:::bucket")
templatefile_call = templatefile("${path.module}/t.tpl", { name = var.name })
jsonencode_call = jsonencode({
  Version = "2012-10-17"
  Statement = [{
    Effect   = "Allow"
    Action   = ["s3:GetObject"]
    Resource = "*"
  }]
})
types = {
  s = string
  n = number
  l = list(string)
  m = map(object({ a = string, b = optional(number, 1) }))
  t = tuple([string, number])
  st = setproduct(var.a, var.b)
  mv = mapvalue.foo
}
