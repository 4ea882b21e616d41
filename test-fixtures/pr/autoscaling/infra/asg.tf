# Three workers launched from a template the group refers to by reference (its id is unknown until
# apply), so pricing the group needs the configuration's references.
resource "aws_launch_template" "worker" {
  name_prefix   = "worker-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "m4.large"
}

resource "aws_autoscaling_group" "workers" {
  name             = "workers"
  min_size         = 3
  max_size         = 6
  desired_capacity = 3

  launch_template {
    id      = aws_launch_template.worker.id
    version = "$Latest"
  }
}
