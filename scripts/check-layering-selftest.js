// Proves the layering rule bites: a domain file that imports Nest must fail lint.
const fs = require('node:fs');
const path = require('node:path');
const { ESLint } = require('eslint');

const probe = path.join(__dirname, '..', 'libs', 'organisation', 'src', 'domain', 'zz-layering-probe.ts');
(async () => {
  fs.writeFileSync(probe, "import { Injectable } from '@nestjs/common';\nexport const probe = Injectable;\n");
  try {
    const [result] = await new ESLint().lintFiles([probe]);
    const hit = result.messages.find((m) => m.ruleId === 'no-restricted-imports');
    if (!hit) {
      console.error('layering check FAILED: a domain file importing @nestjs/common passed lint');
      process.exit(1);
    }
    console.log(`layering check ok: a domain file importing @nestjs/common is rejected ("${hit.message}")`);
  } finally {
    fs.rmSync(probe, { force: true });
  }
})().catch((err) => {
  fs.rmSync(probe, { force: true });
  console.error(err);
  process.exit(1);
});
