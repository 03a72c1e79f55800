import { commands } from './commands';
import { parseFlags } from './command';

/** `npm run cli -- <command> [--flag value]…`: see `npm run cli -- help`. */
async function main(): Promise<number> {
  const [name, ...rest] = process.argv.slice(2);
  const positional = rest.filter((a, i) => !a.startsWith('--') && !(i > 0 && rest[i - 1].startsWith('--') && !rest[i - 1].includes('=')));
  const command = name ? commands[name] : undefined;
  if (!command) {
    const lines = Object.entries(commands).map(([n, c]) => `  ${n.padEnd(10)} ${c.summary}`);
    process.stderr.write(`usage: npm run cli -- <command> [options]\n\ncommands:\n${lines.join('\n')}\n`);
    return name && name !== 'help' ? 2 : 0;
  }
  return command.run(parseFlags(rest), positional);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
