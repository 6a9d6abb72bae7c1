x = bf""
