using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Ecr.Raw.Cli.Output;

/// <summary>
/// A response as the AWS CLI prints it: the API's member names in model order (the records are declared in that
/// order), unset members left out. The model reads an absent list as empty; below the top level such a list is left
/// out, as botocore leaves out what the service did not send (ECR omits <c>imageTags</c> of an untagged image), while
/// top-level lists (<c>imageIds</c>, <c>failures</c>) are always printed, as the service always sends them.
/// </summary>
internal static class ResponseDocument
{
    /// <summary>The document of <paramref name="response"/>.</summary>
    public static JsonObject From<T>(T response, JsonTypeInfo<T> typeInfo)
    {
        var document = JsonSerializer.SerializeToNode(response, typeInfo) as JsonObject ?? [];
        foreach (var (_, value) in document)
        {
            DropEmptyLists(value);
        }

        return document;
    }

    private static void DropEmptyLists(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Where(p => p.Value is JsonArray { Count: 0 }).Select(p => p.Key).ToList())
                {
                    obj.Remove(key);
                }

                foreach (var (_, value) in obj)
                {
                    DropEmptyLists(value);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    DropEmptyLists(item);
                }

                break;
            default:
                break;
        }
    }
}
