// `npm run annotate`: the researchers' command line over the extension's own extraction and matcher.
// Exit 0 when every page was annotated; 2 on bad arguments, a missing dataset, or any failed page.
import { parseArgs, USAGE, UsageError } from './args';
import { runAnnotate, RunError } from './run';
import { forTerminal } from './terminal';

async function main(argv: string[]): Promise<number> {
  let opts;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`annotate: ${forTerminal(e.message)}\n\n${USAGE}\n`);
    return 2;
  }
  if (opts.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  // happy-dom starts some work asynchronously while parsing (resource hints); a failure there must not
  // end a run over thousands of pages. It is reported, and the page's text is unaffected.
  process.on('unhandledRejection', (reason: unknown) => {
    process.stderr.write(`annotate: warning: ${(reason as Error)?.message ?? String(reason)}\n`);
  });
  // A closed pipe (`| head`) ends the run quietly instead of crashing on EPIPE.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  try {
    const { exitCode } = await runAnnotate(opts, {
      stdout: process.stdout,
      stderr: process.stderr,
      stderrIsTty: Boolean(process.stderr.isTTY),
      stdoutIsTty: Boolean(process.stdout.isTTY) && !opts.out,
      isolatePages: true,
    });
    return exitCode;
  } catch (e) {
    if (e instanceof RunError) {
      process.stderr.write(`annotate: ${forTerminal(e.message)}\n`);
      return 2;
    }
    throw e;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // A message, not a stack trace (CLAIMLENS_DEBUG=1 shows the stack).
    const e = err as Error | undefined;
    process.stderr.write(`annotate: error: ${forTerminal(e?.message ?? String(err))}\n`);
    if (process.env.CLAIMLENS_DEBUG) process.stderr.write(`${e?.stack}\n`);
    process.exitCode = 1;
  },
);
