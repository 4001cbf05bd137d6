output "alb_dns_name" {
  description = "Public DNS name of the load balancer."
  value       = aws_lb.web.dns_name
}

output "web_private_ips" {
  value = aws_instance.web[*].private_ip
}
