const test = require('node:test');
const assert = require('node:assert');
const { double } = require('../src/index.js');

test('doubles a number', () => {
  assert.strictEqual(double(21), 42);
});

test('doubles a numeric string', () => {
  assert.strictEqual(double('2'), 4);
});

test('refuses a word', () => {
  assert.throws(() => double('two'), TypeError);
});

test('triples when asked', { skip: process.env.SAMPLE_FAIL !== '1' }, () => {
  assert.strictEqual(double(3), 9, 'double is not triple');
});
