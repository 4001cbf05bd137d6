# A hash comment
// A double-slash comment
/* A block comment */
/*
 * A multi-line
 * block comment
 */
a = 1 # trailing hash
b = 2 // trailing slashes
c = /* inline */ 3
d = [
  1, # one
  2, /* two */
]
e = 1 /* a */ + /* b */ 2
f = [ /* c */ var.a, var.b /* d */ ]
g = foo(var.a) // after a call
h = (var.a) # after parens
block "x" { # after brace
  # inside
  i = 1 /* end */
} # after block
