using System.Text.Json.Nodes;
using Ecr.Raw.Cli.Output;

namespace Ecr.Raw.Tests.Cli;

public sealed class TextFormatterTests
{
    private static string Format(string json)
    {
        using var writer = new StringWriter();
        TextFormatter.Write(writer, JsonNode.Parse(json));
        return writer.ToString();
    }

    [Fact]
    public void ListOfStructures_OneRowEach_ColumnsAreTheUnionOfKeysInOrder()
    {
        // A missing member leaves its column empty, so the rows line up (awscli/text.py).
        Format("""{"imageIds":[{"imageTag":"v1","imageDigest":"sha256:a"},{"imageDigest":"sha256:b"}]}""")
            .ShouldBe("IMAGEIDS\tsha256:a\tv1\nIMAGEIDS\tsha256:b\t\n");
    }

    [Fact]
    public void NestedListsAndStructures_FollowOnTheirOwnLines()
    {
        Format("""{"imageDetails":[{"repositoryName":"web","imageTags":["v1","v2"],"imageSizeInBytes":10,"imageScanStatus":{"status":"COMPLETE"}}]}""")
            .ShouldBe("IMAGEDETAILS\t10\tweb\nIMAGESCANSTATUS\tCOMPLETE\nIMAGETAGS\tv1\nIMAGETAGS\tv2\n");
    }

    [Fact]
    public void TopLevelScalars_OnOneLineSortedByKey_BooleansAsPythonWritesThem()
    {
        Format("""{"repository":{"repositoryName":"web","imageScanningConfiguration":{"scanOnPush":true},"createdAt":"2026-01-01T00:00:00+00:00"}}""")
            .ShouldBe("REPOSITORY\t2026-01-01T00:00:00+00:00\tweb\nIMAGESCANNINGCONFIGURATION\tTrue\n");
    }

    [Fact]
    public void EmptyLists_PrintNothing()
    {
        Format("""{"failures":[]}""").ShouldBe(string.Empty);
    }
}
