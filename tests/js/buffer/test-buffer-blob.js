// Blob and File: construction from mixed parts, slice, text/arrayBuffer, type normalisation, errors.
'use strict';
(async () => {
const { Blob, File } = require('buffer');
const b = new Blob(['héllo', Buffer.from(' w'), new Uint8Array([0x6f]).buffer], { type: 'Text/Plain' });
console.log(b.size, b.type, await b.text(), b.slice(1, -1).size, await b.slice(-2).text(), Object.prototype.toString.call(b));
console.log(new Uint8Array(await b.slice(0, 2, 'X/Y').arrayBuffer()), b.slice(0, 2, 'X/Y').type);
try { new Blob('abc'); } catch (e) { console.log(e.code, e.message); }
try { new File([]); } catch (e) { console.log(e.code, e.message); }
const f = new File(['ab'], 'a.txt', { lastModified: 42 });
console.log(f.name, f.lastModified, f.size, f instanceof Blob);
console.log(typeof globalThis.Blob, globalThis.atob('aGk='), globalThis.btoa('hi'));
})();
