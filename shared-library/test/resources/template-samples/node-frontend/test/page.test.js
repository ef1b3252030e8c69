const test = require('node:test');
const assert = require('node:assert');
const { title } = require('../src/page');

test('title names the version', () => {
    assert.strictEqual(title('v1'), 'Storefront v1');
});
