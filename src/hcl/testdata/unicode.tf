# Non-ASCII text: keys, values, templates and labels.
greeting   = "こんにちは"
mixed      = "日本語 ${var.名前} ü"
名前        = "x"
emoji      = "🚀 launch ${var.x} 🎉"
accents    = "ünïcödé"
resource "aws_s3_bucket" "bücket" {
  tags = { "Ñame" = "día" }
}
expr       = "${upper("é")}"
after_expr = [var.ü, "✓"]
