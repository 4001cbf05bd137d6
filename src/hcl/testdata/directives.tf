# Template directives: %{if}, %{else}, %{endif}, %{for}, %{endfor}, with strip markers.
if_else      = "%{if var.c}yes%{else}no%{endif}"
if_only      = "%{if var.c}yes%{endif}"
if_strip     = "%{ if var.c ~}yes%{~ else ~} no %{~ endif }"
if_empty_then = "%{if var.c}%{else}no%{endif}"
if_empty_else = "%{if var.c}yes%{else}%{endif}"
if_interp    = "a%{if var.c}${var.x}%{endif}b"
if_compare   = "%{if var.a == "b"}y%{endif}"
if_paren     = "x%{if (var.a)}y%{endif}"
if_spaces    = "%{ if  var.a  }y%{ endif }"
if_nested    = "%{if var.a}%{if var.b}x%{endif}%{endif}"
if_cond      = "x%{if var.a}${var.b ? var.c : var.d}%{endif}y"
if_escape    = "%{if var.c}$${x}%{endif}"
for_simple   = "%{for x in var.xs}${x},%{endfor}"
for_kv       = "%{for k, v in var.m}${k}=${v};%{endfor}"
for_strip    = "%{ for   x  in  var.xs ~}  ${x}  %{~ endfor ~}"
for_call     = "%{for x in keys(var.m)}${x}%{endfor}"
for_paren    = "%{for x in (var.xs)}y%{endfor}"
for_spaces   = "%{for  k ,  v   in  var.m}${k}%{endfor}"
for_if       = "%{for x in var.xs}%{if x != ""}[${x}]%{endif}%{endfor}"
heredoc_dirs = <<EOT
%{ for name in var.names ~}
- ${name}
%{ endfor ~}
%{ if var.footer != null }
footer: ${var.footer}
%{ else }
no footer
%{ endif }
EOT
