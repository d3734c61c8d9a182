namespace Ecr.Raw.Model;

/// <summary>The output of PutImage.</summary>
public sealed record PutImageResponse
{
    /// <summary>The image as stored.</summary>
    public Image? Image { get; init; }
}
