using System;
using System.Text.Json.Serialization;

namespace Ecr.Raw.Model;

/// <summary>
/// Why one image of a batch call failed. An open set: values ECR adds later are kept as they are sent, never rejected.
/// </summary>
[JsonConverter(typeof(ImageFailureCodeJsonConverter))]
public readonly struct ImageFailureCode : IEquatable<ImageFailureCode>
{
    private readonly string? _value;

    /// <summary>Wraps a value as sent on the wire.</summary>
    /// <param name="value">The value, for example <c>InvalidImageDigest</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null or empty.</exception>
    public ImageFailureCode(string value)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new ArgumentException("The value must not be empty.", nameof(value));
        }

        _value = value;
    }

    /// <summary><c>InvalidImageDigest</c>.</summary>
    public static ImageFailureCode InvalidImageDigest { get; } = new("InvalidImageDigest");

    /// <summary><c>InvalidImageTag</c>.</summary>
    public static ImageFailureCode InvalidImageTag { get; } = new("InvalidImageTag");

    /// <summary><c>ImageTagDoesNotMatchDigest</c>.</summary>
    public static ImageFailureCode ImageTagDoesNotMatchDigest { get; } = new("ImageTagDoesNotMatchDigest");

    /// <summary><c>ImageNotFound</c>.</summary>
    public static ImageFailureCode ImageNotFound { get; } = new("ImageNotFound");

    /// <summary><c>MissingDigestAndTag</c>.</summary>
    public static ImageFailureCode MissingDigestAndTag { get; } = new("MissingDigestAndTag");

    /// <summary><c>ImageReferencedByManifestList</c>.</summary>
    public static ImageFailureCode ImageReferencedByManifestList { get; } = new("ImageReferencedByManifestList");

    /// <summary><c>KmsError</c>.</summary>
    public static ImageFailureCode KmsError { get; } = new("KmsError");

    /// <summary><c>UpstreamAccessDenied</c>.</summary>
    public static ImageFailureCode UpstreamAccessDenied { get; } = new("UpstreamAccessDenied");

    /// <summary><c>UpstreamTooManyRequests</c>.</summary>
    public static ImageFailureCode UpstreamTooManyRequests { get; } = new("UpstreamTooManyRequests");

    /// <summary><c>UpstreamUnavailable</c>.</summary>
    public static ImageFailureCode UpstreamUnavailable { get; } = new("UpstreamUnavailable");

    /// <summary><c>ImageInaccessible</c>.</summary>
    public static ImageFailureCode ImageInaccessible { get; } = new("ImageInaccessible");

    /// <summary>The value as sent on the wire.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they are the same.</returns>
    public static bool operator ==(ImageFailureCode left, ImageFailureCode right) => left.Equals(right);

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ImageFailureCode left, ImageFailureCode right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(ImageFailureCode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ImageFailureCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
