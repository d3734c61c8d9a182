using BenchmarkDotNet.Running;
using Ecr.Raw.Benchmarks.Client;

// probe VARIANT PAGES: one peak-memory measurement (run by "memory" in a child process).
// serve: the loopback stand-in alone (the client benchmarks start it as a child process).
// memory: the peak-working-set table. Anything else goes to BenchmarkDotNet.
if (args.Length == 3 && args[0] == "probe")
{
    return await PeakMemoryProbe.RunAsync(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
}

if (args.Length == 1 && args[0] == "serve")
{
    return await LoopbackEcrProcess.ServeAsync();
}

if (args.Length == 1 && args[0] == "memory")
{
    return PeakMemoryProbe.Report();
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
