using System;
using System.Collections.Generic;
using System.IO;
using Ecr.Raw.Errors;

namespace Ecr.Raw.Config;

/// <summary>
/// The INI dialect of the AWS shared files: <c>#</c> and <c>;</c> comments, <c>key = value</c>, and indented
/// sub-keys under a key with no value (<c>ecr =</c> then <c>  endpoint_url = …</c>, stored as <c>ecr.endpoint_url</c>).
/// A malformed line is an error naming the file and line.
/// </summary>
internal static class IniFile
{
    public static Dictionary<string, Dictionary<string, string>> Parse(string text, string path)
    {
        var sections = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        Dictionary<string, string>? current = null;
        string? parentKey = null;
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r');
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#' || trimmed[0] == ';')
            {
                continue;
            }

            if (trimmed[0] == '[')
            {
                if (trimmed[trimmed.Length - 1] != ']')
                {
                    throw Malformed(path, lineNumber, "a section header must end with ']'");
                }

                var name = NormaliseSpaces(trimmed.Substring(1, trimmed.Length - 2).Trim());
                if (name.Length == 0)
                {
                    throw Malformed(path, lineNumber, "a section needs a name");
                }

                if (!sections.TryGetValue(name, out current))
                {
                    current = new Dictionary<string, string>(StringComparer.Ordinal);
                    sections[name] = current;
                }

                parentKey = null;
                continue;
            }

            var equals = trimmed.IndexOf('=');
            if (current is null)
            {
                throw Malformed(path, lineNumber, "a setting must follow a [section] header");
            }

            if (equals <= 0)
            {
                throw Malformed(path, lineNumber, "expected 'key = value'");
            }

            var key = trimmed.Substring(0, equals).Trim().ToLowerInvariant();
            var value = StripInlineComment(trimmed.Substring(equals + 1)).Trim();
            var indented = line.Length > 0 && char.IsWhiteSpace(line[0]);
            if (indented && parentKey is not null)
            {
                current[parentKey + "." + key] = value;
                continue;
            }

            current[key] = value;
            parentKey = value.Length == 0 ? key : null;
        }

        return sections;
    }

    public static Dictionary<string, Dictionary<string, string>> Load(string path)
    {
        if (path.Length == 0 || !File.Exists(path))
        {
            return new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        }

        return Parse(File.ReadAllText(path), path);
    }

    private static string StripInlineComment(string value)
    {
        for (var i = 1; i < value.Length; i++)
        {
            if ((value[i] == '#' || value[i] == ';') && char.IsWhiteSpace(value[i - 1]))
            {
                return value.Substring(0, i);
            }
        }

        return value;
    }

    private static string NormaliseSpaces(string name)
    {
        var parts = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(" ", parts);
    }

    private static EcrException Malformed(string path, int line, string problem) =>
        new(EcrErrorKind.Configuration, $"{path}:{line}: malformed AWS configuration: {problem}.");
}
