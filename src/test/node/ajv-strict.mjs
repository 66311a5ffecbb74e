// Compiles each JSON Schema named on the command line with Ajv in strict mode (draft 2020-12), as a
// consumer's own tooling would: one line per schema, "FILE: ok" or "FILE: what Ajv refuses", and
// exit status 1 when any is refused.
import Ajv2020 from "ajv/dist/2020.js";
import { readFileSync } from "node:fs";

let refused = 0;
for (const file of process.argv.slice(2)) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  try {
    ajv.compile(JSON.parse(readFileSync(file, "utf8")));
    console.log(`${file}: ok`);
  } catch (e) {
    console.log(`${file}: ${e.message}`);
    refused++;
  }
}
process.exit(refused === 0 ? 0 : 1);
