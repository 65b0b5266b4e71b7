// util.MIMEType / MIMEParams parsing, serialization, setters and ERR_INVALID_MIME_SYNTAX.
'use strict';
require('../common');
const {MIMEType, MIMEParams}=require('util');
const out = [];
for (const s of ['text/html', ' Text/HTML ; Charset="utf-8" ; a=b;c', 'a/b;x="q\\"z";y=;z=1;z=2;bad name=1;w="un', 'te xt/plain', '/x', 'text/', 'text/pl ain', 'text/plain;a="x y"', 'application/json;x=é', 'noslash']) {
  try { const m=new MIMEType(s); out.push(JSON.stringify([m.type,m.subtype,m.essence,String(m),[...m.params], JSON.stringify(m)])) } catch(e){out.push([e.code,e.name,e.message].join(' '))}
}
const m=new MIMEType('text/plain');
try{m.type='a b'}catch(e){out.push([e.code,e.message].join(' '))}
try{m.subtype=''}catch(e){out.push([e.code,e.message].join(' '))}
m.type='IMAGE'; m.subtype='PNG'; out.push(String(m));
m.params.set('A','b c'); out.push([String(m), m.params.get('a'), m.params.get('x'), m.params.has('a')].join(' '));
try{m.params.set('a b','c')}catch(e){out.push([e.code,e.message].join(' '))}
try{m.params.set('a','c\u0100')}catch(e){out.push([e.code,e.message].join(' '))}
m.params.delete('A'); out.push(String(m) + '|' + String(new MIMEParams()));
process.stdout.write(out.join('\n') + '\n');
