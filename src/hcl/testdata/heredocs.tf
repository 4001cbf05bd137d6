# Heredoc templates, plain (<<) and flush (<<-).
plain = <<EOT
hello
  world
EOT

flush = <<-EOT
    hello
      world
    EOT

flush_blank_line = <<-EOT
    a

    b
  EOT

flush_whitespace_line = <<-EOT
    a
        
    b
    EOT

flush_interp_first = <<-EOT
    ${var.x} is
      here
    EOT

flush_tabs = <<-EOT
	tab
	  tab2
	EOT

interp_only = <<EOT
${var.x}
EOT

empty = <<EOT
EOT

flush_mixed = <<-EOT
  a ${var.x} b
    c
  EOT

plain_directive = <<EOT
  %{if var.c}
  yes
  %{endif}
EOT

flush_strip = <<-EOT
    %{ for x in var.xs ~}
    ${x}
    %{ endfor ~}
  EOT

escapes_kept = <<EOT
$${x} %%{y} \n "quoted" \t
EOT

flush_less_indented_interp = <<-EOT
     x
  ${var.y}
    z
  EOT

flush_two_interps = <<-EOT
    ${var.a}${var.b}
  x
    EOT

marker_in_line = <<EOT
${var.x}EOT
EOT

other_marker = <<POLICY
{
  "Version": "2012-10-17"
}
POLICY

indented_close = <<EOT
  body
  EOT

in_call = jsonencode(<<EOT
  raw
EOT
)

in_list = [
  <<EOT
first
EOT
  ,
  <<-EOT
    second
    EOT
]

unicode = <<-EOT
    日本語 ${var.name}
    ünïcödé
    EOT
