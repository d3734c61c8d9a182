using System;
using System.IO;

namespace Ecr.Raw.Config;

/// <summary>
/// Where configuration is read from: environment variables and the home directory. Injected so that tests never touch
/// the real process environment and cannot leak values into one another.
/// </summary>
internal sealed class AwsEnvironment
{
    public AwsEnvironment(Func<string, string?> getVariable, string? homeDirectory)
    {
        GetVariable = getVariable;
        HomeDirectory = homeDirectory;
    }

    public static AwsEnvironment Process { get; } = new(
        Environment.GetEnvironmentVariable,
        Environment.GetEnvironmentVariable("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));

    public Func<string, string?> GetVariable { get; }

    public string? HomeDirectory { get; }

    /// <summary>The variable's value, or null when it is unset or blank.</summary>
    public string? Get(string name)
    {
        var value = GetVariable(name);
        return string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
    }

    /// <summary>Expands a leading <c>~</c> to the home directory, as the AWS CLI does.</summary>
    public string ExpandHome(string path) =>
        (path == "~" || path.StartsWith("~/", StringComparison.Ordinal) || path.StartsWith("~\\", StringComparison.Ordinal)) && HomeDirectory is not null
            ? Path.Combine(HomeDirectory, path.Length > 2 ? path.Substring(2) : string.Empty)
            : path;

    /// <summary>The config file; empty (no file) when there is neither a variable nor a home directory.</summary>
    public string ConfigFilePath => ExpandHome(Get("AWS_CONFIG_FILE") ?? (HomeDirectory is null ? string.Empty : Path.Combine(HomeDirectory, ".aws", "config")));

    /// <summary>The credentials file; empty (no file) when there is neither a variable nor a home directory.</summary>
    public string CredentialsFilePath => ExpandHome(Get("AWS_SHARED_CREDENTIALS_FILE") ?? (HomeDirectory is null ? string.Empty : Path.Combine(HomeDirectory, ".aws", "credentials")));
}
