// Start-up with 8 core modules loaded.
const mods = ['fs', 'path', 'events', 'util', 'os', 'url', 'querystring', 'timers'].map((m) => require(m));
console.log(mods.length);
