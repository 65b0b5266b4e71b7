// WHATWG URL and URLSearchParams: parsing, setters, live searchParams, errors, file-URL helpers, domain helpers, compared with node.
'use strict';
const { URL, URLSearchParams, fileURLToPath, pathToFileURL, domainToASCII, domainToUnicode } = require('url');
const F = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash'];
const dump = (u) => JSON.stringify(F.map((f) => u[f]));
for (const s of ['https://user:pa ss@EXAMPLE.com:8080/a/../b/./c?x=1&y=2#frag', 'http://example.com:80/', 'file:///tmp/a b', 'HTTP://[::1]:3000/x', 'mailto:a@b.c', 'http://ñ.com/é?q=é#é', 'blob:https://a.b/uuid', 'data:text/plain,hi', 'http://1.2.3', 'ws://x/\\y\\z', 'non-spec:/x/../y', '  http://trim.me/  ', 'http://a/%zz', 'javascript:alert(1)']) {
  try { console.log(dump(new URL(s))); } catch (e) { console.log('throws', e.code, e.name, e.message, e.input); }
}
for (const [s, b] of [['../x?y', 'http://a/b/c/d'], ['//h/p', 'https://q'], ['?q', 'http://a/b'], ['x', 'mailto:a'], ['x', 'not a url']]) {
  try { console.log(dump(new URL(s, b))); } catch (e) { console.log('throws', e.code, e.name, e.message, e.input, e.base); }
}
for (const bad of ['', 'http://', 'http://a b', 'http://[::1', '//x', 'http://999.1.1.1', 'http://a:99999']) {
  try { new URL(bad); console.log('ok', bad); } catch (e) { console.log('throws', JSON.stringify(bad), e.code, e.name); }
  console.log(URL.canParse(bad), URL.canParse(bad, 'http://base/'));
}
const u = new URL('https://a.com/p?x=1');
u.protocol = 'http'; u.username = 'me'; u.password = 'p@ss'; u.host = 'b.org:81'; u.pathname = '/q r'; u.hash = 'h h'; u.port = 'abc'; u.search = '?z=1 2';
console.log(dump(u));
u.port = ''; u.hostname = 'c.net'; u.protocol = 'ftp'; u.protocol = 'bogus:'; console.log(dump(u));
u.searchParams.append('k', 'v w'); console.log(u.href, u.search);
u.search = 'a=1&a=2'; console.log(u.searchParams.getAll('a'), u.searchParams.size);
u.searchParams.delete('a'); console.log(u.href);
try { u.href = 'nope'; } catch (e) { console.log(e.code, e.name); }
u.href = 'http://x.y/'; console.log(dump(u), JSON.stringify({ u }), String(u));
const p = new URLSearchParams('?a=1&b=2&a=3&c=%zz&d=+x%20y&e=%E2%82%AC&=&f');
console.log(p.toString(), p.get('a'), p.get('zz'), p.getAll('a'), p.has('a', '3'), p.has('a', '9'), p.size, [...p.keys()], [...p.values()]);
p.set('a', 'new'); p.delete('b', '9'); p.sort(); console.log(p.toString(), [...p]);
console.log(new URLSearchParams({ x: 1, y: 'é ~*' }).toString(), new URLSearchParams([['a', 'b'], ['c', 'd']]).toString(), new URLSearchParams(new Map([['m', 'n']])).toString());
console.log(new URLSearchParams('a=\ud800').toString(), new URLSearchParams([['\udc00', 'x']]).toString());
for (const bad of [[['a']], [1], [['a', 'b', 'c']]]) { try { new URLSearchParams(bad); } catch (e) { console.log(e.code, e.name, e.message); } }
try { p.append('x'); } catch (e) { console.log(e.code, e.name, e.message); }
try { URLSearchParams.prototype.get.call({}, 'a'); } catch (e) { console.log(e.code, e.name, e.message); }
p.forEach(function (v, k, o) { console.log(k, v, o === p, this.t); }, { t: 1 });
console.log(fileURLToPath('file:///tmp/a%20b'), fileURLToPath(new URL('file:///x/y')), pathToFileURL('/tmp/a b%#?\n\t\\c').href, pathToFileURL('/tmp/d/').href);
for (const bad of ['http://x/', 'file://host/x', 'file:///a%2fb', 5]) { try { fileURLToPath(bad); } catch (e) { console.log(e.code, e.name, e.message); } }
console.log(domainToASCII('español.com'), domainToASCII('xn--iñvalid.com'), domainToUnicode('xn--espaol-zwa.com'), domainToUnicode('xn--iñvalid.com'));
