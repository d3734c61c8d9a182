using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ecr.Raw.Cli.Output;

/// <summary>How the AWS CLI's text and table output spell a JSON scalar: Python's <c>str()</c> of the parsed value.</summary>
internal static class PythonText
{
    /// <summary><c>str(value)</c>: strings as they are, True/False, None, numbers as JSON wrote them.</summary>
    public static string Str(JsonNode? node) => node switch
    {
        null => "None",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => v.GetValue<string>(),
            JsonValueKind.True => "True",
            JsonValueKind.False => "False",
            _ => v.ToJsonString(),
        },
        _ => node.ToJsonString(),
    };
}
