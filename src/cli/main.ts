import { commands } from './commands';
import { parseFlags } from './command';

/** `npm run cli -- <command> [--flag value]…`: see `npm run cli -- help`. */
async function main(): Promise<number> {
  const [name, ...rest] = process.argv.slice(2);
  const command = name ? commands[name] : undefined;
  if (!command) {
    const lines = Object.entries(commands).map(([n, c]) => `  ${n.padEnd(10)} ${c.summary}`);
    process.stderr.write(`usage: npm run cli -- <command> [options]\n\ncommands:\n${lines.join('\n')}\n`);
    return name && name !== 'help' ? 2 : 0;
  }
  let parsed;
  try {
    parsed = parseFlags(rest, command.options);
  } catch (err) {
    process.stderr.write(`${name}: ${(err as Error).message}\nusage: npm run cli -- ${command.summary}\n`);
    return 2;
  }
  return command.run(parsed.flags, parsed.positional);
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
