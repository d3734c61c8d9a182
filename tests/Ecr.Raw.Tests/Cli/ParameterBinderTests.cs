using System.Text.Json.Nodes;
using Ecr.Raw.Cli.Parsing;

namespace Ecr.Raw.Tests.Cli;

public sealed class ParameterBinderTests
{
    private static readonly OptionSpec ImageIds = new("--image-ids", "imageIds", EcrShapes.ImageIdentifierList, true, "");
    private static readonly OptionSpec Tags = new("--tags", "tags", EcrShapes.TagList, false, "");
    private static readonly OptionSpec Scanning = new("--image-scanning-configuration", "imageScanningConfiguration", EcrShapes.ImageScanningConfiguration, false, "");
    private static readonly OptionSpec Manifest = new("--image-manifest", "imageManifest", Shape.String, true, "");
    private static readonly OptionSpec Names = new("--repository-names", "repositoryNames", EcrShapes.StringList, false, "");

    [Fact]
    public void ListOfStructures_OneShorthandPerArgument()
    {
        ParameterBinder.Bind(ImageIds, ["imageTag=v1", "imageDigest=sha256:ab"]).ToJsonString()
            .ShouldBe("""[{"imageTag":"v1"},{"imageDigest":"sha256:ab"}]""");
    }

    [Fact]
    public void ListOfStructures_AsJson()
    {
        ParameterBinder.Bind(ImageIds, ["""[{"imageTag":"v1"}, {"imageDigest":"sha256:ab","imageTag":"v2"}]"""]).ToJsonString()
            .ShouldBe("""[{"imageTag":"v1"},{"imageDigest":"sha256:ab","imageTag":"v2"}]""");
    }

    [Fact]
    public void ListOfStrings_OneValuePerArgument_OrJson()
    {
        ParameterBinder.Bind(Names, ["a", "b"]).ToJsonString().ShouldBe("""["a","b"]""");
        ParameterBinder.Bind(Names, ["""["a","b"]"""]).ToJsonString().ShouldBe("""["a","b"]""");
    }

    [Fact]
    public void ShorthandBooleans_BecomeJsonBooleans()
    {
        ParameterBinder.Bind(Scanning, ["scanOnPush=true"]).ToJsonString().ShouldBe("""{"scanOnPush":true}""");
        ParameterBinder.Bind(Scanning, ["""{"scanOnPush":false}"""]).ToJsonString().ShouldBe("""{"scanOnPush":false}""");
    }

    [Fact]
    public void JsonBooleans_MustBeBooleans()
    {
        var error = Should.Throw<UsageException>(() => ParameterBinder.Bind(Scanning, ["""{"scanOnPush":"yes"}"""]));

        error.Message.ShouldStartWith("Parameter validation failed:");
        error.Message.ShouldContain("imageScanningConfiguration.scanOnPush");
    }

    [Fact]
    public void UnknownMember_IsNamedWithTheAllowedOnes()
    {
        var error = Should.Throw<UsageException>(() => ParameterBinder.Bind(ImageIds, ["imageTag=v1", "tag=v2"]));

        error.Message.ShouldBe("Parameter validation failed:\nUnknown parameter in imageIds[1]: \"tag\", must be one of: imageDigest, imageTag");
    }

    [Fact]
    public void MissingRequiredMember_IsNamed()
    {
        var error = Should.Throw<UsageException>(() => ParameterBinder.Bind(Tags, ["Key=team"]));

        error.Message.ShouldBe("Parameter validation failed:\nMissing required parameter in tags[0]: \"Value\"");
    }

    [Fact]
    public void WrongJsonType_IsNamed()
    {
        var error = Should.Throw<UsageException>(() => ParameterBinder.Bind(ImageIds, ["""[{"imageTag":1}]"""]));

        error.Message.ShouldContain("Invalid type for parameter imageIds[0].imageTag");
    }

    [Fact]
    public void MalformedJson_SaysSoAndShowsIt()
    {
        var error = Should.Throw<UsageException>(() => ParameterBinder.Bind(ImageIds, ["[{\"imageTag\":"]));

        error.Message.ShouldContain("Error parsing parameter '--image-ids': Invalid JSON");
    }

    [Fact]
    public void FileUrl_LoadsTheFile_StringsStayVerbatim()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "{\"schemaVersion\": 2}\n");
        try
        {
            ParameterBinder.Bind(Manifest, ["file://" + path]).GetValue<string>().ShouldBe("{\"schemaVersion\": 2}\n");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void FileUrl_MissingFile_IsAUsageError()
    {
        var error = Should.Throw<UsageException>(() => ParameterBinder.Bind(Manifest, ["file:///nonexistent/manifest.json"]));

        error.Message.ShouldContain("Unable to load paramfile file:///nonexistent/manifest.json");
    }

    [Fact]
    public void ScalarOption_TakesExactlyOneValue()
    {
        Should.Throw<UsageException>(() => ParameterBinder.Bind(Manifest, ["a", "b"])).Message.ShouldBe("argument --image-manifest: expected one argument");
        Should.Throw<UsageException>(() => ParameterBinder.Bind(ImageIds, [])).Message.ShouldContain("expected at least one argument");
    }

    [Fact]
    public void Integers_FromShorthandText()
    {
        var shape = Shape.Structure(new ShapeMember("n", Shape.Integer));

        ParameterBinder.Convert(shape, JsonNode.Parse("""{"n":"42"}"""), "x", lenient: true).ToJsonString().ShouldBe("""{"n":42}""");
        Should.Throw<UsageException>(() => ParameterBinder.Convert(shape, JsonNode.Parse("""{"n":"4x"}"""), "x", lenient: true));
        Should.Throw<UsageException>(() => ParameterBinder.Convert(shape, JsonNode.Parse("""{"n":"42"}"""), "x", lenient: false));
    }
}
