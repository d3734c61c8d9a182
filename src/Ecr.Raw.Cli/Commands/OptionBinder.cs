using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Ecr.Raw.Cli.Paging;
using Ecr.Raw.Cli.Parsing;

namespace Ecr.Raw.Cli.Commands;

/// <summary>
/// Turns a command's typed options into its API input and pagination settings: each option becomes an API member,
/// <c>--cli-input-json</c> supplies members as JSON (options typed as well win, as in the AWS CLI), and unknown,
/// malformed or missing ones are usage errors before anything is sent.
/// </summary>
internal static class OptionBinder
{
    /// <summary>The AWS CLI's option for a whole request as JSON.</summary>
    public const string CliInputJson = "--cli-input-json";

    /// <summary>Binds <paramref name="line"/>'s options for <paramref name="command"/>.</summary>
    /// <exception cref="UsageException">An option is unknown, malformed or missing.</exception>
    public static (JsonObject Input, PagingOptions Paging) Bind(CliCommand command, CommandLine line)
    {
        var input = line.Options.TryGetValue(CliInputJson, out var json) ? FromCliInputJson(command, json) : [];
        var cli = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        var unknown = new List<string>();
        foreach (var (name, values) in line.Options.Where(o => o.Key != CliInputJson))
        {
            var option = command.Options.FirstOrDefault(o => o.Name == name);
            var negated = option is null ? command.Options.FirstOrDefault(o => o.Shape.Kind == ShapeKind.Boolean && o.NegatedName == name) : null;
            var spec = option ?? negated;
            if (spec is null)
            {
                unknown.Add(name);
                continue;
            }

            JsonNode value;
            if (spec.Shape.Kind == ShapeKind.Boolean)
            {
                if (values.Count > 0)
                {
                    throw new UsageException($"argument {name}: ignored explicit argument '{values[0]}'");
                }

                value = JsonValue.Create(negated is null);
            }
            else
            {
                value = ParameterBinder.Bind(spec, values);
            }

            if (spec.Member.Length == 0)
            {
                cli[spec.Name] = value;
            }
            else
            {
                input[spec.Member] = value;
            }
        }

        if (unknown.Count > 0)
        {
            throw new UsageException("Unknown options: " + string.Join(", ", unknown));
        }

        var missing = command.Options.Where(o => o.Required && !input.ContainsKey(o.Member)).Select(o => o.Name).ToList();
        if (missing.Count > 0)
        {
            throw new UsageException("the following arguments are required: " + string.Join(", ", missing));
        }

        var maxItems = cli.TryGetValue(PagingSpecs.MaxItems.Name, out var m) ? m.GetValue<int>() : (int?)null;
        if (maxItems is < 1)
        {
            throw new UsageException($"argument --max-items: must be at least 1, not {maxItems}", showUsage: false);
        }

        var pageSize = cli.TryGetValue(PagingSpecs.PageSize.Name, out var p) ? p.GetValue<int>() : (int?)null;
        var starting = cli.TryGetValue(PagingSpecs.StartingToken.Name, out var s) ? PagingToken.Decode(s.GetValue<string>()) : null;
        return (input, new PagingOptions(maxItems, pageSize, starting));
    }

    // The request's members by their API names, checked member by member against the options' shapes.
    private static JsonObject FromCliInputJson(CliCommand command, IReadOnlyList<string> values)
    {
        if (values.Count != 1)
        {
            throw new UsageException($"argument {CliInputJson}: expected one argument");
        }

        var parsed = ParameterBinder.ParseJson(CliInputJson, ParameterBinder.LoadParamFile(CliInputJson, values[0]));
        if (parsed is not JsonObject given)
        {
            throw new UsageException($"Error parsing parameter '{CliInputJson}': it must be a JSON object of request members.", showUsage: false);
        }

        var members = command.Options.Where(o => o.Member.Length > 0).ToList();
        var input = new JsonObject();
        foreach (var (key, value) in given)
        {
            var spec = members.FirstOrDefault(o => o.Member == key) ?? throw UsageException.InvalidParameter(
                $"Unknown parameter in input: \"{key}\", must be one of: {string.Join(", ", members.Select(o => o.Member))}");
            input[key] = ParameterBinder.Convert(spec.Shape, value, key, lenient: false);
        }

        return input;
    }
}
