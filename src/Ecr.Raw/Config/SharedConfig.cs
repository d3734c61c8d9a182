using System;
using System.Collections.Generic;

namespace Ecr.Raw.Config;

/// <summary>
/// The AWS config and credentials files merged: profiles by name (<c>[profile x]</c> in config, <c>[x]</c> in credentials,
/// the credentials file winning) and <c>[services x]</c> sections.
/// </summary>
internal sealed class SharedConfig
{
    private readonly Dictionary<string, Dictionary<string, string>> _profiles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, string>> _services = new(StringComparer.Ordinal);

    private SharedConfig(string configPath, string credentialsPath)
    {
        ConfigPath = configPath;
        CredentialsPath = credentialsPath;
    }

    public string ConfigPath { get; }

    public string CredentialsPath { get; }

    public static SharedConfig Load(AwsEnvironment environment)
    {
        var shared = new SharedConfig(environment.ConfigFilePath, environment.CredentialsFilePath);
        foreach (var section in IniFile.Load(shared.ConfigPath))
        {
            if (section.Key == "default")
            {
                shared.Merge(shared._profiles, "default", section.Value);
            }
            else if (section.Key.StartsWith("profile ", StringComparison.Ordinal))
            {
                shared.Merge(shared._profiles, section.Key.Substring("profile ".Length).Trim(), section.Value);
            }
            else if (section.Key.StartsWith("services ", StringComparison.Ordinal))
            {
                shared.Merge(shared._services, section.Key.Substring("services ".Length).Trim(), section.Value);
            }
        }

        // The credentials file has no "profile " prefix, and its values win over the config file's.
        foreach (var section in IniFile.Load(shared.CredentialsPath))
        {
            shared.Merge(shared._profiles, section.Key, section.Value);
        }

        return shared;
    }

    public static string ProfileName(string? explicitName, AwsEnvironment environment) =>
        explicitName ?? environment.Get("AWS_PROFILE") ?? "default";

    public IReadOnlyDictionary<string, string>? Profile(string name) => _profiles.TryGetValue(name, out var profile) ? profile : null;

    public IReadOnlyDictionary<string, string>? Services(string name) => _services.TryGetValue(name, out var services) ? services : null;

    /// <summary>A profile's endpoint for a service: <c>[services x]</c> with <c>ecr = endpoint_url = …</c>, else the profile's <c>endpoint_url</c>.</summary>
    public string? EndpointUrl(IReadOnlyDictionary<string, string> profile, string serviceKey)
    {
        if (profile.TryGetValue("services", out var servicesName) && Services(servicesName) is { } services
            && services.TryGetValue(serviceKey + ".endpoint_url", out var serviceUrl) && serviceUrl.Length > 0)
        {
            return serviceUrl;
        }

        return profile.TryGetValue("endpoint_url", out var url) && url.Length > 0 ? url : null;
    }

    private void Merge(Dictionary<string, Dictionary<string, string>> into, string name, Dictionary<string, string> values)
    {
        if (!into.TryGetValue(name, out var existing))
        {
            existing = new Dictionary<string, string>(StringComparer.Ordinal);
            into[name] = existing;
        }

        foreach (var pair in values)
        {
            existing[pair.Key] = pair.Value;
        }
    }
}
