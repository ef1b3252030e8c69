// Copies the sources to dist/, standing in for a bundler.
const fs = require('fs');
const path = require('path');

fs.mkdirSync('dist', { recursive: true });
fs.copyFileSync(path.join('src', 'index.js'), path.join('dist', 'index.js'));
console.log('built dist/index.js');
