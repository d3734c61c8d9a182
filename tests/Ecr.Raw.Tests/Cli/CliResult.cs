namespace Ecr.Raw.Tests.Cli;

/// <summary>What one ecr-raw run printed, and its exit code.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error);
