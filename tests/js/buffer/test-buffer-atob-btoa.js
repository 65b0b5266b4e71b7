// atob/btoa follow WHATWG forgiving-base64: whitespace skipped, padding rules, DOMException on bad input.
'use strict';
const { atob, btoa } = require('buffer');
for (const s of ['aGk=', ' a G k = ', 'aGk', 'YQ', 'YQ=', 'YQ==', 'Y', '', 'a===', '*', 'aG=k', 'AAAA====', '\u00e9', 'ab+/', 'ab-_']) {
  try {
    console.log(JSON.stringify(s), JSON.stringify(atob(s)));
  } catch (e) {
    console.log(JSON.stringify(s), e.name, e.message, e.code);
  }
}
for (const s of ['hi', '', '\u00ff\u0000', '\u0100', 5, null, undefined]) {
  try {
    console.log(JSON.stringify(String(s)), btoa(s));
  } catch (e) {
    console.log(JSON.stringify(s), e.name, e.message, e.code);
  }
}
try { atob(); } catch (e) { console.log(e.name, e.code); }
console.log(globalThis.atob === atob, globalThis.btoa === btoa);
