def h(i
      s): pass
