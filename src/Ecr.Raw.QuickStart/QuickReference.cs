using System.Security.Cryptography;
using System.Text;
using Ecr.Raw;
using Ecr.Raw.Errors;
using Ecr.Raw.Images;
using Ecr.Raw.Model;

namespace Ecr.Raw.QuickStart;

/// <summary>Every operation of the quick reference, in order, printing what it does. The README shows this code.</summary>
public static class QuickReference
{
    /// <summary>Runs the quick reference against any ECR.</summary>
    /// <param name="client">The client (real ECR, moto, or the in-memory ECR).</param>
    /// <param name="repository">A repository name that does not exist yet; it is created and deleted.</param>
    /// <param name="output">Where to print.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The digest that was pushed and re-tagged.</returns>
    public static async Task<string> RunAsync(IEcrClient client, string repository, TextWriter output, CancellationToken cancellationToken = default)
    {
        var images = new ImageService(client);
        await client.CreateRepositoryAsync(new CreateRepositoryRequest { RepositoryName = repository }, cancellationToken);
        output.WriteLine($"created repository {repository}");

        // Push two images so there is something to list (real pushes upload layers first; PutImage registers the manifest).
        var manifest = SampleManifest("app", 1);
        var pushed = await client.PutImageAsync(new PutImageRequest { RepositoryName = repository, ImageManifest = manifest, ImageTag = "v1" }, cancellationToken);
        await client.PutImageAsync(new PutImageRequest { RepositoryName = repository, ImageManifest = SampleManifest("app", 2), ImageTag = "v2" }, cancellationToken);
        var digest = pushed.Image!.ImageId!.ImageDigest!;
        output.WriteLine($"pushed v1 ({digest[..19]}…) and v2");

        // listImages(repo, { tagStatus, maxResults, limit })
        var listed = await images.ListImagesAsync(repository, new ListImagesOptions { TagStatus = TagStatus.Tagged, MaxResults = 100, Limit = 10 }, cancellationToken);
        output.WriteLine($"listImages: {string.Join(", ", listed.Images.Select(i => i.ImageTag))}");

        // describeImages(repo, ids)
        var details = await images.DescribeImagesAsync(repository, [new ImageIdentifier { ImageTag = "v1" }], cancellationToken: cancellationToken);
        output.WriteLine($"describeImages: v1 has tags [{string.Join(", ", details[0].ImageTags)}], {details[0].ImageSizeInBytes} bytes");

        // getImage(repo, id)
        var image = await images.GetImageAsync(repository, new ImageIdentifier { ImageTag = "v1" }, cancellationToken: cancellationToken);
        output.WriteLine($"getImage: {image.ImageManifestMediaType}, {image.ImageManifest!.Length} characters of manifest");

        // batchGetImages(repo, ids): partial failure is normal and reported, not thrown
        var batch = await images.BatchGetImagesAsync(repository, [new ImageIdentifier { ImageTag = "v1" }, new ImageIdentifier { ImageTag = "missing" }], cancellationToken: cancellationToken);
        output.WriteLine($"batchGetImages: {batch.Images.Count} found, {batch.Failures.Count} failed ({batch.Failures[0].FailureCode})");

        // putImageTag(repo, sourceDigest, tag): re-tag without pulling
        await images.PutImageTagAsync(repository, digest, "release", cancellationToken: cancellationToken);
        output.WriteLine("putImageTag: v1 is now also 'release'");

        // batchDeleteImages(repo, ids)
        var deleted = await images.BatchDeleteImagesAsync(repository, [new ImageIdentifier { ImageTag = "v2" }], cancellationToken: cancellationToken);
        output.WriteLine($"batchDeleteImages: deleted {string.Join(", ", deleted.Deleted.Select(d => d.ImageTag))}");

        // Error handling: a missing image is an EcrException with a kind to switch on
        try
        {
            await images.GetImageAsync(repository, new ImageIdentifier { ImageTag = "does-not-exist" }, cancellationToken: cancellationToken);
        }
        catch (EcrException ex) when (ex.Kind == EcrErrorKind.ImageNotFound)
        {
            output.WriteLine($"error handling: {ex.Kind}: {ex.Message}");
        }

        await client.DeleteRepositoryAsync(new DeleteRepositoryRequest { RepositoryName = repository, Force = true }, cancellationToken);
        output.WriteLine($"deleted repository {repository}");
        return digest;
    }

    /// <summary>A Docker v2 manifest with one layer, different for each <paramref name="n"/>.</summary>
    /// <param name="name">A name mixed into the fake blob digests.</param>
    /// <param name="n">A number mixed into them.</param>
    /// <returns>The manifest JSON.</returns>
    public static string SampleManifest(string name, int n) =>
        $$"""{"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.v2+json","config":{"mediaType":"application/vnd.docker.container.image.v1+json","size":{{1000 + n}},"digest":"sha256:{{Sha($"{name}-config-{n}")}}"},"layers":[{"mediaType":"application/vnd.docker.image.rootfs.diff.tar.gzip","size":{{5000 + n}},"digest":"sha256:{{Sha($"{name}-layer-{n}")}}"}]}""";

    private static string Sha(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
}
