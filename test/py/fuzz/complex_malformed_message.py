# complex(text) stops reading at the first non-ASCII character that is neither a digit nor a space, so underscores after it make no "could not convert" message (found by test/fuzz/expressions.test.ts).
for s in ['\u200b_G', 'é1_', 'x_', '1__2', '1_2j', '١_٢', '١_٢j', ' ١٢\u3000', '_1', 'a\u200b_', '\xa01_0\xa0']:
    for f in (complex, float, int):
        try:
            print(repr(f(s)))
        except ValueError as e:
            print(f.__name__, e)
