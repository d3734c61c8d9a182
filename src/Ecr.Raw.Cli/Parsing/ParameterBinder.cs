using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ecr.Raw.Cli.Parsing;

/// <summary>
/// Turns an option's command-line values into the JSON of the API member, as the AWS CLI does: <c>file://</c> loads a
/// file, complex values are JSON when they start with <c>[</c> or <c>{</c> and shorthand otherwise, and the result is
/// checked against the shape the way botocore validates parameters (unknown members, types, required members).
/// </summary>
internal static class ParameterBinder
{
    private const string FilePrefix = "file://";

    /// <summary>The JSON value of <paramref name="option"/> given <paramref name="values"/>.</summary>
    /// <exception cref="UsageException">The values do not fit the option's shape.</exception>
    public static JsonNode Bind(OptionSpec option, IReadOnlyList<string> values)
    {
        var shape = option.Shape;

        // botocore names API members in its messages; the CLI's own options (--max-items) go by their names.
        var path = option.Member.Length == 0 ? option.Name : option.Member;
        if (shape.Kind == ShapeKind.List)
        {
            if (values.Count == 0)
            {
                throw new UsageException($"argument {option.Name}: expected at least one argument");
            }

            var loaded = values.Select(v => LoadParamFile(option.Name, v)).ToList();
            if (loaded.Count == 1 && loaded[0].TrimStart().StartsWith('['))
            {
                return Convert(shape, ParseJson(option.Name, loaded[0]), path, lenient: false);
            }

            var items = new JsonArray();
            foreach (var value in loaded)
            {
                items.Add(shape.Member!.IsComplex ? ParseComplex(option, value) : JsonValue.Create(value));
            }

            return Convert(shape, items, path, lenient: true);
        }

        if (values.Count != 1)
        {
            throw new UsageException($"argument {option.Name}: expected one argument");
        }

        var text = LoadParamFile(option.Name, values[0]);
        if (shape.Kind == ShapeKind.Structure)
        {
            var node = ParseComplex(option, text);
            return Convert(shape, node, path, lenient: node is JsonObject && !text.TrimStart().StartsWith('{'));
        }

        return Convert(shape, JsonValue.Create(text), path, lenient: true);
    }

    /// <summary>Checks <paramref name="node"/> against <paramref name="shape"/> and returns it with typed scalars.</summary>
    /// <param name="shape">The expected shape.</param>
    /// <param name="node">The value, from JSON or from shorthand.</param>
    /// <param name="path">Where it is, botocore style: <c>imageIds[0].imageTag</c>.</param>
    /// <param name="lenient">Whether scalars may arrive as strings (shorthand and plain arguments).</param>
    public static JsonNode Convert(Shape shape, JsonNode? node, string path, bool lenient)
    {
        switch (shape.Kind)
        {
            case ShapeKind.String:
                if (node is JsonValue s && s.GetValueKind() == JsonValueKind.String)
                {
                    return JsonValue.Create(s.GetValue<string>());
                }

                throw InvalidType(path, node, "a string");

            case ShapeKind.Integer:
                if (node is JsonValue n && n.GetValueKind() == JsonValueKind.Number && n.TryGetValue<int>(out var number))
                {
                    return JsonValue.Create(number);
                }

                if (lenient && node is JsonValue ns && ns.GetValueKind() == JsonValueKind.String
                    && int.TryParse(ns.GetValue<string>(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
                {
                    return JsonValue.Create(parsed);
                }

                throw InvalidType(path, node, "a whole number");

            case ShapeKind.Boolean:
                if (node is JsonValue b && b.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
                {
                    return JsonValue.Create(b.GetValue<bool>());
                }

                if (lenient && node is JsonValue bs && bs.GetValueKind() == JsonValueKind.String && bool.TryParse(bs.GetValue<string>(), out var flag))
                {
                    return JsonValue.Create(flag);
                }

                throw InvalidType(path, node, "true or false");

            case ShapeKind.List:
                if (node is JsonArray array)
                {
                    var list = new JsonArray();
                    for (var i = 0; i < array.Count; i++)
                    {
                        list.Add(Convert(shape.Member!, array[i], $"{path}[{i}]", lenient));
                    }

                    return list;
                }

                // Shorthand writes a one-element list as a bare value: key=a.
                if (lenient && node is JsonValue)
                {
                    return new JsonArray(Convert(shape.Member!, node, $"{path}[0]", lenient));
                }

                throw InvalidType(path, node, "a list");

            default:
                if (node is not JsonObject obj)
                {
                    throw InvalidType(path, node, "a structure");
                }

                var result = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    var member = shape.Find(key) ?? throw UsageException.InvalidParameter(
                        $"Unknown parameter in {path}: \"{key}\", must be one of: {string.Join(", ", shape.Members.Select(m => m.Name))}");
                    result[key] = Convert(member.Shape, value, $"{path}.{key}", lenient);
                }

                var missing = shape.Members.FirstOrDefault(m => m.Required && !result.ContainsKey(m.Name));
                if (missing is not null)
                {
                    throw UsageException.InvalidParameter($"Missing required parameter in {path}: \"{missing.Name}\"");
                }

                return result;
        }
    }

    private static JsonNode ParseComplex(OptionSpec option, string text) =>
        text.TrimStart().StartsWith('{') || text.TrimStart().StartsWith('[')
            ? ParseJson(option.Name, text)
            : ShorthandParser.Parse(text, option.Name);

    /// <summary>The JSON value an option was given.</summary>
    /// <exception cref="UsageException">The text is not JSON, or is <c>null</c>.</exception>
    public static JsonNode ParseJson(string optionName, string text)
    {
        try
        {
            return JsonNode.Parse(text) ?? throw new UsageException($"Error parsing parameter '{optionName}': null is not a value.", showUsage: false);
        }
        catch (JsonException ex)
        {
            throw new UsageException($"Error parsing parameter '{optionName}': Invalid JSON: {ex.Message}\nJSON received: {text}", showUsage: false);
        }
    }

    /// <summary>The value itself, or for <c>file://path</c> the file's text.</summary>
    /// <exception cref="UsageException">The file cannot be read.</exception>
    public static string LoadParamFile(string optionName, string value)
    {
        if (!value.StartsWith(FilePrefix, StringComparison.Ordinal))
        {
            return value;
        }

        var path = value[FilePrefix.Length..];
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"Error parsing parameter '{optionName}': Unable to load paramfile {value}: {ex.Message}", showUsage: false);
        }
    }

    private static UsageException InvalidType(string path, JsonNode? node, string expected)
    {
        var got = node switch
        {
            null => "null",
            JsonArray => "a list",
            JsonObject => "a structure",
            JsonValue v => v.GetValueKind() switch
            {
                JsonValueKind.String => $"the string \"{v.GetValue<string>()}\"",
                _ => v.ToJsonString(),
            },
            _ => "a value",
        };
        return UsageException.InvalidParameter($"Invalid type for parameter {path}, value: {got}, valid types: {expected}");
    }
}
