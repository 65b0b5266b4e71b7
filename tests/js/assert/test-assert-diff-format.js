// Diff formatting: multi-line strings, long arrays with skipped lines, sets, nested values, errors without stacks.
'use strict';
require('../common');
const assert=require('assert');
function t(fn) {
  try {
    fn();
    console.log("no throw");
  } catch (e) {
    console.log(JSON.stringify(e.message));
  }
}
t(()=>assert.strictEqual('line1\nline2\nline3', 'line1\nlineX\nline3'));
t(()=>assert.deepStrictEqual(Array.from({length:80},(_, i)=>i), Array.from({length:80},(_, i)=>i===40?-1:i)));
t(()=>assert.deepStrictEqual(Array.from({length:80},(_, i)=>i), [1]));
t(()=>assert.deepStrictEqual({a:1,b:2,c:3,d:4,e:5,f:6,g:7,h:8}, {a:1,b:2,c:3,d:4,e:5,f:6,g:7,h:8,i:9,j:10}));
t(()=>assert.deepStrictEqual(new Set([1,2,3]), new Set([1,2,4])));
t(()=>assert.deepStrictEqual([1,[2,[3,{x:4}]]], [1,[2,[3,{x:5}]]]));
t(()=>assert.deepStrictEqual({x:'a'.repeat(100)}, {x:'b'}));
t(()=>assert.deepEqual('a'.repeat(600), 'b'));
t(()=>assert.notDeepStrictEqual(Array.from({length:60},(_, i)=>i), Array.from({length:60},(_, i)=>i)));
t(()=>assert.notStrictEqual('abcdefg', 'abcdefg'));
t(()=>assert.notStrictEqual('ab', 'ab'));
t(()=>assert.deepStrictEqual(new Error('a'), new Error('b')));
t(()=>assert.deepStrictEqual([1,2,3,4,5,6,7,8,9,10], [1,2,3,4,5,6,7,8,9,11]));
t(()=>assert.deepStrictEqual({a:[1,2,3,4,5,6,7,8]}, {a:[1,2,3,4,5,6,7,8], b:1}));
t(()=>assert.strictEqual(1n, 2n));
t(()=>assert.strictEqual(Symbol('a'), Symbol('a')));
t(()=>assert.strictEqual(undefined, 0));
t(()=>assert.deepStrictEqual([undefined], [null]));
