// One runner for every tier; the tier is the file suffix (*.unit / *.int / *.e2e .spec.ts).
const fs = require('node:fs');
const swc = JSON.parse(fs.readFileSync(`${__dirname}/.swcrc`, 'utf8'));
delete swc.$schema;
const aliases = Object.fromEntries(
  Object.entries(swc.jsc.paths).map(([alias, [dir]]) => [`^${alias}$`, `<rootDir>/${dir}`]),
);
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test', '<rootDir>/bench'],
  testRegex: process.env.JEST_TEST_REGEX || '\\.(unit|int|e2e)\\.spec\\.ts$',
  transform: { '^.+\\.(t|j)s$': ['@swc/jest', { ...swc, sourceMaps: 'inline', jsc: { ...swc.jsc, baseUrl: __dirname } }] },
  // a few dependencies ship ES modules only; swc turns them into CommonJS for jest
  transformIgnorePatterns: ['^(?!.*/node_modules/content-disposition/).*/node_modules/'],
  moduleNameMapper: aliases,
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 60000,
};
