// util.inspect string quoting (single, double, backtick), escapes, lone surrogates, long-string splitting.
'use strict';
const { inspect } = require('util');
console.log(inspect(["it's", 'a"b\'c', 'a"b\'c`', 'a"b\'c${', '\x0b\x7f\n\t\\\r\b\f\x00\x9f', '\ud800x', '😀', 'é']));
console.log(inspect("it's"));
console.log(inspect({ s: 'a'.repeat(50) + '\n' + 'b'.repeat(50) + '\nc' }));
console.log(inspect(['x'.repeat(100)]));
console.log(inspect('line1\nline2 that is long enough to be split across lines in the output ok\nline3'));
console.log(inspect({ short: 'a\nb' }));
console.log(inspect('abcdefghij', { maxStringLength: 4 }));
console.log(inspect(['abcdefghij'], { maxStringLength: 1 }));
console.log(inspect('abc', { maxStringLength: 0 }));
console.log(inspect('x'.repeat(30), { maxStringLength: null }));
