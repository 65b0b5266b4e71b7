// path.matchesGlob / path.win32.matchesGlob over common glob patterns, compared with node.
'use strict';
const p = require('path');
for (const [a,b] of [["a/b.js","a/*.js"],["a/b/c.js","**/*.js"],["c.js","**/*.js"],["a/.b.js","a/*.js"],["a/b","a/?"],["a/bc","a/?"],["x.ts","*.{js,ts}"],["a/b/c","a/**"],["a","a/**"],["b","[abc]"],["d","[!abc]"],["a/b/c/d.js","a/**/d.js"],["a/d.js","a/**/d.js"]]) console.log(a,b,p.matchesGlob(a,b), p.win32.matchesGlob(a.replace(/\//g,'\\'),b));
