// querystring parse/stringify/escape/unescape over adversarial inputs (malformed %, surrogates, options), compared with node.
'use strict';
const qs = require("querystring");
const J = (o) => (o !== null && typeof o === "object" && !Array.isArray(o) ? `${Object.getPrototypeOf(o) === null ? "null-proto" : "proto"} ${JSON.stringify(Object.entries(o))}` : JSON.stringify(o));
const cases = ['a=1&b=2&a=3', 'a+b=c+d', 'a=%zz&b=%41', 'x=%E4%BD%A0&y=%E4%BD', '', '&&', 'a', 'a=', '=b', '==', 'a=b=c',
 'a[]=1&a[]=2', '%F0%9F%98%80=1', 'a=1;b=2', 'foo=bar&foo=baz&foo=qux', 'q=%', 'q=%2', '%=x', 'a&b&', 'toString=1&__proto__=2', 'a=%ed%a0%80'];
for (const c of cases) console.log(JSON.stringify(c), J(qs.parse(c)), J(qs.parse(c, ";", ":")));
console.log(J(qs.parse("a:1;;b:2", ";;", ":")), J(qs.parse("a=1&b=2&c=3", null, null, { maxKeys: 2 })), J(qs.parse("a=1&b=2", "&", "=", { maxKeys: 0 })));
console.log(J(qs.parse("a=x", null, null, { decodeURIComponent: (s) => s.toUpperCase() })));
console.log(qs.stringify({ a: 1, b: [1, 2, 'x y'], c: true, d: 10n, e: null, f: undefined, g: {}, h: NaN, i: 'é☃😀', j: "!'()*~-._" }));
console.log(qs.stringify({ a: 1, b: 2 }, ';', ':'), qs.stringify('x'), qs.stringify(null), qs.stringify({ w: 'a b' }, null, null, { encodeURIComponent: (s) => `<${s}>` }));
console.log(qs.escape('a b&c/é'), qs.escape(123), qs.unescape('a%20b+c'), qs.unescape('%zz%41'), qs.escape("\udc00x"));
try { qs.stringify({ a: '\ud800' }); } catch (e) { console.log(e.code, e.name, e.message); }
try { qs.escape('\udc00x'); } catch (e) { console.log(e.code, e.name); }
const orig = qs.escape;
qs.escape = (s) => `[${s}]`;
console.log(qs.stringify({ k: 'v' }));
qs.escape = orig;
