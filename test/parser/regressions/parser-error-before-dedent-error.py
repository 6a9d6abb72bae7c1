x y
  a
 b
