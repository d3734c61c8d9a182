using System.Text.Json.Nodes;
using Ecr.Raw.Cli.Parsing;

namespace Ecr.Raw.Tests.Cli;

public sealed class ShorthandParserTests
{
    [Theory]
    [InlineData("imageTag=latest", """{"imageTag":"latest"}""")]
    [InlineData("imageDigest=sha256:ab,imageTag=v1", """{"imageDigest":"sha256:ab","imageTag":"v1"}""")]
    [InlineData(" Key = team , Value = web ", """{"Key":"team","Value":"web"}""")]
    [InlineData("names=a,b,c=d", """{"names":["a","b"],"c":"d"}""")]
    [InlineData("names=[a,b],c=d", """{"names":["a","b"],"c":"d"}""")]
    [InlineData("names=[]", """{"names":[]}""")]
    [InlineData("outer={inner=x,other=y},z=1", """{"outer":{"inner":"x","other":"y"},"z":"1"}""")]
    [InlineData("imageTag=\"a,b=c\"", """{"imageTag":"a,b=c"}""")]
    [InlineData("imageTag='it\\'s'", """{"imageTag":"it's"}""")]
    [InlineData("imageTag=", """{"imageTag":""}""")]
    [InlineData("list=[{a=1},{a=2}]", """{"list":[{"a":"1"},{"a":"2"}]}""")]
    public void Parses_AwsCliShorthand(string text, string json)
    {
        ShorthandParser.Parse(text, "--x").ToJsonString().ShouldBe(JsonNode.Parse(json)!.ToJsonString());
    }

    [Theory]
    [InlineData("latest", "expected key=value")]
    [InlineData("imageTag=\"open", "quote is not closed")]
    [InlineData("a=1,a=2", "given twice")]
    [InlineData("a=[1,2", "expected ','")]
    public void Rejects_WhatIsNotShorthand_NamingTheOption(string text, string problem)
    {
        var error = Should.Throw<UsageException>(() => ShorthandParser.Parse(text, "--image-ids"));

        error.Message.ShouldContain("--image-ids");
        error.Message.ShouldContain(problem);
    }
}
