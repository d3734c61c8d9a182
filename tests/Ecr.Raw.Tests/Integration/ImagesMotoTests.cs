using Ecr.Raw.QuickStart;
using Ecr.Raw.Tests.Testing;

namespace Ecr.Raw.Tests.Integration;

[Collection(MotoCollection.Name)]
public sealed class ImagesMotoTests(MotoServer moto)
{
    [MotoFact]
    public async Task Contract_RepositoryLifecycle()
    {
        using var client = moto.CreateClient();
        await EcrContract.RepositoryLifecycle(client, "contract/lifecycle");
    }

    [MotoFact]
    public async Task Contract_TagsAndImages()
    {
        using var client = moto.CreateClient();
        await EcrContract.TagsAndImages(client, "contract/tags");
    }

    [MotoFact]
    public async Task QuickReference_RunsAgainstMotoWithSignatureChecking()
    {
        using var client = moto.CreateClient();
        using var output = new StringWriter();

        var digest = await QuickReference.RunAsync(client, "quick/moto", output);

        digest.ShouldStartWith("sha256:");
        output.ToString().ShouldContain("putImageTag: v1 is now also 'release'");
        output.ToString().ShouldContain("deleted repository quick/moto");
    }
}
