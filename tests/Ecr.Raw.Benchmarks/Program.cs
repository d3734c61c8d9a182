using BenchmarkDotNet.Running;
using Ecr.Raw.Benchmarks.Client;

// probe VARIANT PAGES: one peak-memory measurement (run by "memory" in a child process).
// serve: the loopback stand-in alone (the client benchmarks start it as a child process).
// memory: the peak-working-set table.
// startup ECR_RAW PEER TOOL_DLL OUTPUT: whole-process start-up of ecr-raw (AOT), its raw peer and the AWS CLI.
// Anything else goes to BenchmarkDotNet.
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

if (args.Length == 5 && args[0] == "startup")
{
    return await Ecr.Raw.Benchmarks.Startup.StartupProbe.RunAsync(args[1], args[2], args[3], args[4]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
