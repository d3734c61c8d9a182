using System;
using System.Threading;
using Ecr.Raw.Cli;

// Everything lives in CliApp so tests run the very same path in-process; here only Ctrl+C is wired.
using var interrupted = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    interrupted.Cancel();
};
return await CliApp.RunAsync(args, CliHost.Console, interrupted.Token).ConfigureAwait(false);
