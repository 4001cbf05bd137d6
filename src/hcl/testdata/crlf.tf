# CRLF line endings throughout.
a = 1
b = foo(
  1,
)
c = <<EOT
line1
  line2
EOT
d = <<-EOT
    x
    y ${z}
  EOT
# comment
blk "l" {
  e = "s"
  f = [
    1,
    2,
  ]
}
/* block
   comment */
g = { a = 1
  b = 2 }
