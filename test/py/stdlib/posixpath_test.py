"""posixpath: the string operations on many generated str, bytes and PathLike paths, and the
file system ones in a fresh directory."""
import os, os.path as P
CASES = ['d1x\udcff$', 'f', 'bx\udcff ..f', '', '/${}x\udcffg.', '/.../', 'HOME', '/d1$HOMEx\udcff', '$}é$NOPE', '', 'ad1~ab.c.da', 'X_1$HOME}é/', '', 'b${}bé', '..//', '{', '', '$$${}ab.c.d', '', '$~${HOME}a', '${HOME}/', 'c.d.eHOME', 'b/.d1$NOPE', '$', '$.eab.c.d', '$$c.d${}ab.c.d{', '', ' /', '', 'b/..f', 'x\udcff', '/${HOME}', 'é$$....a{', 'HOME/${X_1${X_1', 'd1.ef.e', '$$..f }HOME', '$g.$$$f', 'aab.c.d.b', '', '', 'X_1HOME${}X_1', '$NOPEé', '...e}f..', '{{', '/..~ab.c.dx\udcff', '.', '', 'é', '.ea', '.ex\udcff', '.e/', '', '$X_1 /', '', '..f.. ', '.e..', '', '${X_1/.e', '${HOME}$X_1af..ab.c.d', '/$NOPE/$$$$/', '..aac.d', 'ab.c.d${HOME}', 'd1x\udcffd1', 'a/ af/', 'c.d', '$NOPEX_1/', ' ..f', '$g.${HOME}x\udcff$NOPE', '$HOME', 'X_1$...', '${$$}$HOME{', '.e', '$X_1/..', 'g.c.d', 'f~{', 'ab.c.d$$$NOPE$HOMEx\udcff$HOME', '', '/~/~$X_1 ', '/.e${}d1$', '', '~HOME..f.c.dx\udcff', '', '${X_1..$$f', '/', 'f/}~$X_1', 'g.${}}a', '$$.ex\udcff', '$/$$', '${HOME}d1$HOME{', '', 'c.d{HOME$$a', '$HOMEX_1', '/$X_1a/x\udcff', 'ab.c.d~', '/{..', '/${HOME}', '.ef..fx\udcff$NOPE', 'a}x\udcffé', 'g.X_1 $${ ', '..f~$NOPE$ab.c.dc.d', '/$$//', '${}c.d$NOPEa', 'g...d1ab.c.d${}', 'HOMEf', '.e${HOME}...', 'f$HOMEb$ab.c.d/', '.e/', '', '..f', '/', 'é$HOME$X_1HOME$NOPE', '', 'c.dX_1$', '.../$$ab.c.dg.', '{{{.e', '$X_1', '$HOME', '$HOME${$', '', 'HOME', 'a', '$$b', 'ab.c.d.e$', '/b$', '$X_1${X_1c.d${HOME}', '$..fb', '', '', 'f..f$c.d{', 'g.', 'b.', 'd1', '', 'b$HOME${}d1...$X_1', '{${X_1/', '/$ab.c.dd1', '${X_1${}', 'g.', '', '/$HOMEa${}', '$${HOME}X_1~', '', 'g.${}.e${HOME}${X_1', '...${}{..', '${HOME} fb/$X_1', '.}~ ${HOME}', '${}', '..$$$NOPE', '{c.d${}/c.d', 'bHOMEX_1x\udcff', '.$$$', '', '', 'X_1~', 'ab.c.db', 'x\udcff../$$g.', 'fg.$NOPE', '....$NOPEab.c.d', '${} ', 'éf', '~éé//', 'HOME/g.ab.c.d$$.', '${}.', '$HOME..}...', 'fX_1HOME/b', 'd1..fHOMEc.d.ab.c.d', 'c.d{.', '..fc.d', 'x\udcff.e', 'ab.c.dd1X_1ab.c.d${X_1', '.eé.eHOMEfc.d', ' $X_1~~', '$~HOME$', '$', '/./~X_1', '//b', '~', '', 'ag.HOME${X_1ff', '{${HOME}', '$NOPE.e', '..c.dx\udcff{x\udcff...', 'X_1$$..f${X_1..f', '$HOMEé...${X_1', 'bd1$HOMEa', 'a...$NOPEd1', '/..', '{a', ' $NOPE$HOMEé..f', '$X_1', '$HOME${X_1c.d$HOMEx\udcff', '~x\udcff d1', '}${}', 'HOMEa${X_1${X_1/', '${}$$', '$${X_1$$..f', '', 'd1é/}.g.', 'é/.....', ' a${HOME}a', 'b$HOME', '', '', '..fb...HOME}', '${HOME}d1${}', '${HOME}${HOME}', '.e$NOPE$NOPE../', '$X_1/$$', 'ad1/${X_1/c.d', 'ab.c.d..fHOME', 'g.$$g.$HOME{', '...é~', '', ' c.d ', '..f.d1/', 'f/$HOMEb', '', '{HOME', 'f}x\udcff', '${}', ' fX_1$NOPE${}${HOME}', 'af}${}.', '.e', '$$~.HOME/f', 'x\udcffHOME', 'ab.c.dg.ab.c.dg.$HOME', 'X_1', '.e~...f/', '..f', '.ea$X_1~bf', 'd1a /$', '$ax\udcff', '/', 'ab.c.d$NOPEg. ', ' ${}', '', ' d1..${X_1', '', '.eb${}d1c.d', 'x\udcff/$$fHOME', 'c.dd1', '/{..fé$$ ', '${}a', '$$', 'c.d${HOME} ', 'f${HOME}', '$$ab', 'b', '', '$']
LISTS = [['', 'd1ab}/g.', ''], ['..${HOME}...', '.e{..f$$', '${HOME}ab.c.d/'], ['$HOMEHOME/X_1', '$${HOME}', 'x\udcffb'], ['{${HOME}é', 'bg.X_1 }$X_1', '..f$$/', '$a.eHOMEf'], ['${HOME}${HOME}a', '${X_1~d1c.dx\udcff.e', '..', 'X_1g.${HOME}..f'], [], [], ['${X_1HOME${X_1g.', '..d1/${}'], ['.e $$/g.$'], ['/..f$$', '', '${}${HOME}.e'], ['${HOME}', ''], [], ['$NOPEbf'], ['ab.c.dé$NOPE', 'ab.c.d...c.d'], ['', '${HOME}...ab.c.d/', '.é', '...$$$HOME ..'], [''], ['${}', '', 'bHOME '], ['..', '${X_1ab.c.dg.}ab.c.d', 'c.d..b.e'], [], ['d1/éHOME', ' /$HOME..', 'x\udcff${}..f', '}/'], ['', '$HOME $HOME'], ['f', '$', '.$'], ['$X_1f/$HOME', '.'], [], ['$HOME~ab.c.d.e${HOME}', 'x\udcffab.c.dag.}'], ['', '$~HOMEé'], ['c.d}', '}'], ['a', '..x\udcff..'], ['', '', 'éX_1...a', 'é'], [''], ['/..f/d1', '$$/$NOPE...'], ['${X_1$HOMEf/é', 'g.c.d...HOME', 'x\udcffX_1HOMEX_1$NOPE', '}$NOPEX_1/'], ['.x\udcff$HOME'], ['/$NOPE...x\udcff'], ['/..c.dHOME..f', ''], ['/$HOMEX_1', '$NOPEag.$$X_1HOME'], ['d1.$HOME'], ['${X_1{/', '$NOPE', '.e..fd1//HOME'], ['..fa${} ', '...../', '}éX_1c.dHOME'], ['a}${X_1', '${HOME}{', ''], ['.${HOME}'], ['${}{$$$$.{', '$X_1HOME', 'g.f{${}{d1'], ['x\udcff$NOPE', '$NOPE{$$ab.c.d...'], ['~/', 'X_1${}{'], ['', '...f'], ['HOME', 'c.d/$HOME$$x\udcff'], [], ['X_1.', '${}HOME', '/$..f'], ['.e/{ ', '...f.e', 'X_1$HOMEx\udcff$$', '{'], ['x\udcff${}.e$$', '$X_1}bé'], ['{.e', ''], [], ['/ ..{', '$X_1c.d${X_1HOME', 'X_1a...c.d${}$NOPE'], [], ['${HOME}é$NOPE', '~}g.${}$', 'g.$X_1HOME'], ['', '${HOME}.....ffX_1', ' /${}c.d${X_1', ''], ['.$$', ' f$HOME', '../'], [], ['${X_1 ', 'f'], ['${HOME}${X_1/{', '...ab.c.dab.c.d..~', ''], ['$$$$/', '.e~ $NOPE${X_1f', ''], ['$~}X_1'], ['/'], ['/HOME$NOPE', 'a${HOME}X_1$X_1b/', '{${}', 'g.$g.g.${HOME}'], ['$NOPEé${X_1ab.c.dé', '$NOPEHOME', 'HOME${X_1$HOME.e', ''], [], [], ['', 'x\udcfff/g.ab.c.df'], [], ['${}${}', 'X_1${X_1'], ['${HOME}', '{.eab.c.d.e~g.'], ['$$'], ['é}/f', '.e~~ab.c.d', '${}$$', '.e.g.c.d/'], ['$X_1c.d'], ['/f', '${X_1', ''], ['é}${}', 'ab.c.d..f$${é'], ['bX_1'], ['c.d..f$HOME', '', '..f~'], ['$HOME}', '', '$${X_1X_1'], ['', '..', '', ' a/${HOME}f']]
BASE = '/tmp/terrarium_posixpath_test'
os.makedirs(BASE + '/d1', exist_ok=True)
fd = os.open(BASE + '/f', os.O_CREAT | os.O_WRONLY, 0o644); os.close(fd)
os.chdir(BASE)
os.environ['X_1'] = 'val/ue'
os.environ['HOME'] = '/home/user/'
os.environ['é'] = 'acc'
class PL:
    def __init__(s, p): s.p = p
    def __fspath__(s): return s.p
def res(f, *a, **k):
    try:
        return repr(f(*a, **k))
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
def enc(s): return s.encode('utf-8', 'surrogateescape')
unary = ['normpath', 'split', 'splitext', 'splitdrive', 'basename', 'dirname', 'isabs', 'normcase',
         'expandvars', 'expanduser', 'abspath', 'realpath', 'exists', 'lexists', 'isdir', 'isfile', 'islink', 'ismount']
out = []
for i, p in enumerate(CASES):
    q2 = CASES[(i * 7 + 3) % len(CASES)]
    for q in (p, enc(p), PL(p)):
        for f in unary:
            if f == 'expanduser' and p[:1] == '~' and p[1:2] not in ('', '/'):
                continue  # '~user' needs the pwd module, which the sandbox lacks
            out.append(res(getattr(P, f), q))
        out.append(res(P.realpath, q, strict=True))
        out.append(res(P.relpath, q, q2)); out.append(res(P.relpath, q, enc(q2))); out.append(res(P.relpath, q))
        out.append(res(P.join, q, q2)); out.append(res(P.join, q, enc(q2))); out.append(res(P.join, q, q2, p)); out.append(res(P.join, q, 1))
        out.append(res(P.commonpath, [q, q2])); out.append(res(P.commonpath, [enc(q2), q])); out.append(res(P.commonprefix, [q, q2]))
for ps in LISTS:
    out.append(res(P.commonpath, ps)); out.append(res(P.commonpath, [enc(x) for x in ps])); out.append(res(P.commonprefix, ps))
    out.append(res(P.commonprefix, [x.split('/') for x in ps]))
for bad in [1.5, None, [], PL(3)]:
    for f in ['normpath', 'split', 'splitext', 'splitdrive', 'basename', 'dirname', 'isabs', 'normcase', 'expandvars', 'expanduser', 'abspath', 'realpath', 'join', 'relpath', 'commonpath']:
        out.append(f + ' ' + res(getattr(P, f), bad))
    out.append(res(P.join, 'a', bad)); out.append(res(P.join, b'a', bad)); out.append(res(P.relpath, 'a', bad)); out.append(res(P.commonpath, ['a', bad]))
out.append(res(P.relpath, '')); out.append(res(P.commonpath, [])); out.append(res(P.commonpath, ['/a', 'b']))
del os.environ['HOME']
os.environ['HOME'] = '/'
out.append(res(P.expanduser, '~/x')); out.append(res(P.expanduser, b'~')); out.append(res(P.expanduser, '~'))
for line in out:
    print(line.replace(BASE, '<BASE>'))
os.rmdir(BASE + '/d1'); os.unlink(BASE + '/f'); os.chdir('/'); os.rmdir(BASE)
