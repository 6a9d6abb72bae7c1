# string constants, capwords and Template; keyword lists and predicates.
import string
import keyword

for name in ('ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits', 'octdigits',
             'punctuation', 'printable', 'whitespace'):
    value = getattr(string, name)
    print(name, repr(value), len(value))
print(string.capwords('  hello   wORLD  foo'), string.capwords('a-b c-d', '-'), repr(string.capwords('')))
print(string.capwords("they're bill's friends"), string.capwords('x,y', ','))

T = string.Template
print(T('$who likes ${what}; $$5 and $').safe_substitute(who='tim', what='pie'))
print(T('$who likes $what').substitute({'who': 'ann'}, what='tea'), T('$a$b').substitute(a=1, b=[2]))
print(T('${x}y $x_y').safe_substitute(x=1), T('$x.y').substitute(x=3), T('no placeholders').substitute())
print(T('$a ${b} $$ $1 $a').get_identifiers(), T('$a').is_valid(), T('$a $1').is_valid(), T('x').template)
for tmpl, kw in (('$who and $what', {'who': 1}), ('ab\n cd $', {}), ('ab\n cd $1', {}), ('${a', {}), ('$é', {})):
    try:
        print(T(tmpl).substitute(**kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(T('${a').safe_substitute(), T('$$$a').safe_substitute(a='!'))


class Pct(string.Template):
    delimiter = '%'


print(Pct('%name is %% %{n}!').substitute(name='x', n=2), string.Template.delimiter)

print(keyword.kwlist)
print(keyword.softkwlist, len(keyword.kwlist))
print([w for w in ('if', 'match', 'case', '_', 'print', 'None', 'async', 'none', 'type') if keyword.iskeyword(w)])
print([w for w in ('if', 'match', 'case', '_', 'print', 'type') if keyword.issoftkeyword(w)])
print(sorted(keyword.__all__), keyword.iskeyword('True'), keyword.iskeyword(''))
