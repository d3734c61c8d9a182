using System.Text.Json.Nodes;
using Ecr.Raw.Cli.Output;

namespace Ecr.Raw.Tests.Cli;

public sealed class TableFormatterTests
{
    private static string Format(string json, int width = 80)
    {
        using var writer = new StringWriter();
        TableFormatter.Write(writer, "Op", JsonNode.Parse(json), width);
        return writer.ToString();
    }

    [Fact]
    public void NarrowList_HeadersAndRows()
    {
        // The expected text is what awscli's TableFormatter (python3) draws for the same document.
        Format("""{"ids":[{"b":"2","a":"1"}]}""").ShouldBe(
            "--------------\n" +
            "|     Op     |\n" +
            "+------------+\n" +
            "||    ids   ||\n" +
            "|+----+-----+|\n" +
            "||  a |  b  ||\n" +
            "|+----+-----+|\n" +
            "||  1 |  2  ||\n" +
            "|+----+-----+|\n");
    }

    [Fact]
    public void SingleScalar_IsOneKeyValueRow()
    {
        Format("""{"password":"x"}""").ShouldBe(
            "-------------------\n" +
            "|       Op        |\n" +
            "+-----------+-----+\n" +
            "|  password |  x  |\n" +
            "+-----------+-----+\n");
    }

    [Fact]
    public void TooWide_SectionsTurnVertical()
    {
        Format("""{"image":{"a":"aaaaaaaaaa","b":"bbbbbbbbbb"}}""", width: 20).ShouldBe(
            "-----------------------\n" +
            "|         Op          |\n" +
            "+---------------------+\n" +
            "||       image       ||\n" +
            "|+----+--------------+|\n" +
            "||  a |  aaaaaaaaaa  ||\n" +
            "||  b |  bbbbbbbbbb  ||\n" +
            "|+----+--------------+|\n");
    }

    [Fact]
    public void NothingToShow_PrintsNothing()
    {
        Format("{}").ShouldBeEmpty();
    }
}
