// Writes the static site into dist/.
const fs = require('fs');
const { title } = require('./src/page');
fs.mkdirSync('dist', { recursive: true });
fs.writeFileSync('dist/index.html', `<!doctype html><title>${title('v1')}</title><h1>${title('v1')}</h1>\n`);
