(a).y: int
