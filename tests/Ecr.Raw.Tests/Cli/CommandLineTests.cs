using Ecr.Raw.Cli.Parsing;

namespace Ecr.Raw.Tests.Cli;

public sealed class CommandLineTests
{
    [Fact]
    public void GlobalsMayComeBeforeOrAfterTheCommand()
    {
        var line = CommandLine.Parse(["--region", "eu-west-1", "list-images", "--repository-name", "web", "--output", "text", "--debug"]);

        line.Command.ShouldBe("list-images");
        line.Region.ShouldBe("eu-west-1");
        line.Output.ShouldBe("text");
        line.Debug.ShouldBeTrue();
        line.Options.Keys.ShouldBe(["--repository-name"]);
        line.Options["--repository-name"].ShouldBe(["web"]);
    }

    [Fact]
    public void OptionValues_RunUntilTheNextOption()
    {
        var line = CommandLine.Parse(["batch-get-image", "--image-ids", "imageTag=a", "imageTag=b", "--force", "--endpoint-url=http://127.0.0.1:1"]);

        line.Options["--image-ids"].ShouldBe(["imageTag=a", "imageTag=b"]);
        line.Options["--force"].ShouldBeEmpty();
        line.EndpointUrl.ShouldBe("http://127.0.0.1:1");
    }

    [Fact]
    public void EqualsForm_KeepsEverythingAfterTheFirstEquals()
    {
        CommandLine.Parse(["describe-images", "--image-ids=imageTag=v1"]).Options["--image-ids"].ShouldBe(["imageTag=v1"]);
    }

    [Fact]
    public void TheServiceWordOfAwsEcr_IsAccepted()
    {
        CommandLine.Parse(["ecr", "get-login-password"]).Command.ShouldBe("get-login-password");
    }

    [Fact]
    public void HelpAsAWord_OrAsAFlag()
    {
        CommandLine.Parse(["list-images", "help"]).Help.ShouldBeTrue();
        CommandLine.Parse(["--help"]).Help.ShouldBeTrue();
    }

    [Fact]
    public void GlobalWithoutItsValue_IsAUsageError()
    {
        Should.Throw<UsageException>(() => CommandLine.Parse(["list-images", "--region"])).Message.ShouldBe("argument --region: expected one argument");
    }

    [Fact]
    public void ASecondCommandWord_IsAnUnknownOption()
    {
        Should.Throw<UsageException>(() => CommandLine.Parse(["list-images", "describe-images"])).Message.ShouldBe("Unknown options: describe-images");
    }
}
