# Tuples and objects.
empty_tuple  = []
empty_object = {}
tuple        = [1, "a", true, null, [2], { x = 3 }, var.y]
tuple_multi = [
  1,
  2,
]
tuple_no_trailing = [
  "a",
  "b"
]
nested_tuple = [[1, 2], [3, [4, [5]]]]
object_inline = { a = 1, "b" = 2, c : 3 }
object_multi = {
  a     = 1
  "b c" = 2
  d     = "x"
  e : 5
  f = [1, 2]
}
object_commas_newlines = {
  a = 1,
  b = 2,
}
nested_object = { a = { b = { c = var.x } } }
duplicate_keys = { x = 1, x = 2 }
keys = {
  ident        = 1
  "quoted"     = 2
  (var.k)      = 3
  "${var.k2}"  = 4
  k3.x         = 5
  "x${var.k4}y" = 6
  1            = 7
  true         = 8
  null         = 9
  a-b          = 10
  upper("f")   = 11
  "$${z}"      = 12
  "%%{w}"      = 13
  1.5          = 14
  1e3          = 15
  -1           = 16
  "${1}"       = 17
  "${true}"    = 18
  "a\nb"       = 19
  "é"          = 20
}
traversal_keys = {
  k["b"]    = 1
  k.0       = 2
  k[0].z    = 3
  k[""]     = 4
  k[true]   = 5
  k[1.5]    = 6
  a.b.c     = 7
  k[x]      = 8
  k[*]      = 9
  k.*       = 10
  k[-1]     = 11
  k[x]["b"] = 12
  (k).x     = 13
  k["a${x}"] = 14
}
expression_keys = {
  -x                      = 1
  !x                      = 2
  [1]                     = 3
  { a = 1 }               = 4
  "%{if c}x%{endif}"      = 5
  (a ? b : c)             = 6
  (a.b)                   = 7
  ("s")                   = 8
}
conditional_key = { a ? b : c = 1 }
mixed_values = {
  list   = [var.a, "${var.b}-x", 3]
  map    = { inner = var.c }
  number = -2.5
}
proto_keys = { __proto__ = 1, constructor = 2, toString = 3 }
sorted_keys = { b = 1, a = 2, B = 3, "10" = 4, "9" = 5, "é" = 6, "😀" = 7, "\uFFFD" = 8 }
