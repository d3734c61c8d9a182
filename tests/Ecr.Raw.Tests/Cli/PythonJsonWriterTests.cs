using System.Text.Json.Nodes;
using Ecr.Raw.Cli.Output;

namespace Ecr.Raw.Tests.Cli;

public sealed class PythonJsonWriterTests
{
    [Fact]
    public void WritesWhatPythonJsonDumpsWrites()
    {
        // The expected text is python3 -c 'json.dumps(value, indent=4, ensure_ascii=False)' of the same value.
        var node = new JsonObject
        {
            ["a"] = new JsonArray(),
            ["b"] = new JsonObject(),
            ["c"] = "é\n\"\\\u0001\u2028",
            ["d"] = new JsonArray(1, new JsonObject { ["x"] = true, ["y"] = null }),
            ["e"] = 1.5,
        };
        using var writer = new StringWriter();

        PythonJsonWriter.Write(writer, node);

        writer.ToString().ShouldBe(
            "{\n    \"a\": [],\n    \"b\": {},\n    \"c\": \"é\\n\\\"\\\\\\u0001\u2028\",\n    \"d\": [\n        1,\n        {\n" +
            "            \"x\": true,\n            \"y\": null\n        }\n    ],\n    \"e\": 1.5\n}\n");
    }
}
