// Checks each HTML file named after "--" against caniemail's data for the clients named before it,
// as a mail team's own tooling would: one line per file and client, "FILE CLIENT: ok" or the
// features it does not support, and exit status 1 when any is unsupported. Partial support is not
// a failure: a client that degrades a feature still shows the content.
import { caniemail } from "caniemail";
import { readFileSync } from "node:fs";

const args = process.argv.slice(2);
const split = args.indexOf("--");
const clients = args.slice(0, split);
let unsupported = 0;
for (const file of args.slice(split + 1)) {
  const result = caniemail({ clients, html: readFileSync(file, "utf8") });
  const errors = result.issues.errors instanceof Map ? Object.fromEntries(result.issues.errors) : result.issues.errors;
  for (const client of clients) {
    const found = errors[client] ?? [];
    const titles = [...new Set(found.map((i) => i.title))];
    console.log(`${file} ${client}: ${titles.length === 0 ? "ok" : titles.join(", ")}`);
    unsupported += titles.length;
  }
}
process.exit(unsupported === 0 ? 0 : 1);
