using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace Ecr.Raw.Cli.Output;

/// <summary>
/// <c>--output text</c> as the AWS CLI writes it: a structure's scalars on one tab-separated line in key order, led by
/// the upper-cased name of the list or member it came from; nested lists and structures on lines of their own; the
/// scalar columns of a list of structures are the union of their keys, so rows line up.
/// </summary>
internal static class TextFormatter
{
    /// <summary>Writes <paramref name="node"/>.</summary>
    public static void Write(TextWriter writer, JsonNode? node) => WriteItem(writer, node, null, null);

    private static void WriteItem(TextWriter writer, JsonNode? item, string? identifier, IReadOnlyList<string>? scalarKeys)
    {
        switch (item)
        {
            case JsonObject obj:
                WriteObject(writer, obj, identifier, scalarKeys);
                break;
            case JsonArray array:
                WriteList(writer, array, identifier);
                break;
            default:
                writer.Write(PythonText.Str(item));
                writer.Write('\n');
                break;
        }
    }

    private static void WriteList(TextWriter writer, JsonArray list, string? identifier)
    {
        if (list.Count == 0)
        {
            return;
        }

        if (list.Any(e => e is JsonObject))
        {
            var keys = list.OfType<JsonObject>()
                .SelectMany(o => o.Where(p => !IsContainer(p.Value)).Select(p => p.Key))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToList();
            foreach (var element in list)
            {
                WriteItem(writer, element, identifier, keys);
            }
        }
        else if (list.Any(e => e is JsonArray))
        {
            var scalars = list.Where(e => !IsContainer(e)).ToList();
            if (scalars.Count > 0)
            {
                WriteScalars(writer, scalars, identifier);
            }

            foreach (var nested in list.Where(IsContainer))
            {
                WriteItem(writer, nested, identifier, null);
            }
        }
        else
        {
            WriteScalars(writer, list.ToList(), identifier);
        }
    }

    private static void WriteScalars(TextWriter writer, List<JsonNode?> elements, string? identifier)
    {
        if (identifier is not null)
        {
            foreach (var element in elements)
            {
                writer.Write(identifier.ToUpperInvariant());
                writer.Write('\t');
                writer.Write(PythonText.Str(element));
                writer.Write('\n');
            }
        }
        else
        {
            writer.Write(string.Join('\t', elements.Select(PythonText.Str)));
            writer.Write('\n');
        }
    }

    private static void WriteObject(TextWriter writer, JsonObject obj, string? identifier, IReadOnlyList<string>? scalarKeys)
    {
        var scalars = new List<string>();
        var containers = new List<KeyValuePair<string, JsonNode?>>();
        if (scalarKeys is null)
        {
            foreach (var property in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (IsContainer(property.Value))
                {
                    containers.Add(property);
                }
                else
                {
                    scalars.Add(PythonText.Str(property.Value));
                }
            }
        }
        else
        {
            foreach (var key in scalarKeys)
            {
                scalars.Add(obj.TryGetPropertyValue(key, out var value) ? PythonText.Str(value) : string.Empty);
            }

            containers.AddRange(obj.Where(p => !scalarKeys.Contains(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal));
        }

        if (scalars.Count > 0)
        {
            if (identifier is not null)
            {
                scalars.Insert(0, identifier.ToUpperInvariant());
            }

            writer.Write(string.Join('\t', scalars));
            writer.Write('\n');
        }

        foreach (var (key, value) in containers)
        {
            WriteItem(writer, value, key, null);
        }
    }

    private static bool IsContainer(JsonNode? node) => node is JsonObject or JsonArray;

}
