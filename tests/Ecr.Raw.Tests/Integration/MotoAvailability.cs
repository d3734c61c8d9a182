namespace Ecr.Raw.Tests.Integration;

/// <summary>Where moto_server is, and what to do when it is not there.</summary>
internal static class MotoAvailability
{
    public static readonly string? Executable = Find();

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Null when the tests can run; otherwise why they are skipped. Under CI a missing moto never skips.</summary>
    public static string? SkipReason =>
        Executable is not null || IsCi
            ? null
            : "SKIPPED: moto_server is not on PATH, so the integration tests against a real ECR emulator did not run. Install moto[server] 5.2.1 to run them (under CI=true this is a failure).";

    private static string? Find()
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, "moto_server");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
