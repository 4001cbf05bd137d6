# Conditionals, unary and binary operators, parentheses.
conditional      = var.a ? var.b : var.c
nested_cond      = var.a ? var.b : var.c ? var.d : var.e
cond_paren_else  = var.a ? var.b : (var.c)
logic            = var.a && var.b || !var.c
arith            = 1 + 2 * 3 - 4 / 5 % 6
eq               = var.a == var.b
neq              = var.a != var.b
compare          = var.a < var.b && var.a <= var.b && var.a > var.b && var.a >= var.b
neg              = -var.a
not              = !var.a
grouped          = (var.a + var.b) * var.c
paren_only       = (var.a)
paren_literal    = (1 + 2)
paren_number     = (1)
nested_parens    = ((var.a))
literal_sum      = 1 + 2
string_compare   = var.env == "prod" ? 3 : 1
multiline_cond = (
  var.a
  ? var.b
  : var.c
)
