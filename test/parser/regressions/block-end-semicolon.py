if x:
    a;
while y:
    b  ;  
for z in w: c;
if q:
    d = 1;  # c
else:
    e ;
