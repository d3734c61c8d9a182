using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Ecr.Raw.Cli.Output;
using Ecr.Raw.Cli.Parsing;
using Ecr.Raw.Images;
using Ecr.Raw.Model;

namespace Ecr.Raw.Cli.Commands;

/// <summary>
/// <c>put-image-tag</c>: adds a tag to the image with a digest in one command (the AWS CLI needs batch-get-image, then
/// put-image with the manifest). Prints what put-image prints.
/// </summary>
internal sealed class PutImageTagCommand : CliCommand
{
    /// <summary>Creates the command.</summary>
    public PutImageTagCommand()
        : base(
            "put-image-tag",
            "PutImage",
            "Adds a tag to an existing image, found by its digest, in one call.\n" +
            "The image's manifest is fetched and put again under the tag with its own media type, so the digest stays the\n" +
            "same. Tagging an image with a tag it already has succeeds.",
            [
                new("--registry-id", "registryId", Shape.String, false, "The registry (AWS account id); the caller's when not given."),
                new("--repository-name", "repositoryName", Shape.String, true, "The repository."),
                new("--image-digest", "imageDigest", Shape.String, true, "The digest of the image to tag (sha256:…)."),
                new("--image-tag", "imageTag", Shape.String, true, "The tag to add."),
            ])
    {
    }

    /// <inheritdoc />
    public override async Task RunAsync(CommandContext context, JsonObject input, CancellationToken cancellationToken)
    {
        var service = new ImageService(context.Client);
        var image = await service.PutImageTagAsync(
            input["repositoryName"]!.GetValue<string>(),
            input["imageDigest"]!.GetValue<string>(),
            input["imageTag"]!.GetValue<string>(),
            input["registryId"]?.GetValue<string>(),
            cancellationToken).ConfigureAwait(false);
        context.Print(ResponseDocument.From(new PutImageResponse { Image = image }, context.Json.PutImageResponse));
    }
}
