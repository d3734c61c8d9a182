using Ecr.Raw.Config;

namespace Ecr.Raw.Tests.Support;

/// <summary>A private environment for one test: variables in a dictionary and a temporary home directory, never the process's.</summary>
public sealed class TestEnvironment : IDisposable
{
    public TestEnvironment()
    {
        Home = Directory.CreateTempSubdirectory("ecr-raw-test-").FullName;
        Directory.CreateDirectory(Path.Combine(Home, ".aws"));
        Variables["AWS_EC2_METADATA_DISABLED"] = "true";
    }

    public string Home { get; }

    public Dictionary<string, string> Variables { get; } = [];

    internal AwsEnvironment Environment => new(name => Variables.GetValueOrDefault(name), Home);

    public string WriteConfig(string text) => Write(Path.Combine(".aws", "config"), text);

    public string WriteCredentials(string text) => Write(Path.Combine(".aws", "credentials"), text);

    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Home, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>An executable shell script (for credential_process).</summary>
    public string Script(string name, string body)
    {
        var path = Write(name, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }

    public void Dispose() => Directory.Delete(Home, recursive: true);
}
