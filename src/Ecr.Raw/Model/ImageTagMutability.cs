using System;
using System.Text.Json.Serialization;

namespace Ecr.Raw.Model;

/// <summary>
/// Whether tags in a repository can be moved to another image. An open set: values ECR adds later are kept as they are sent, never rejected.
/// </summary>
[JsonConverter(typeof(ImageTagMutabilityJsonConverter))]
public readonly struct ImageTagMutability : IEquatable<ImageTagMutability>
{
    private readonly string? _value;

    /// <summary>Wraps a value as sent on the wire.</summary>
    /// <param name="value">The value, for example <c>MUTABLE</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null or empty.</exception>
    public ImageTagMutability(string value)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new ArgumentException("The value must not be empty.", nameof(value));
        }

        _value = value;
    }

    /// <summary><c>MUTABLE</c>.</summary>
    public static ImageTagMutability Mutable { get; } = new("MUTABLE");

    /// <summary><c>IMMUTABLE</c>.</summary>
    public static ImageTagMutability Immutable { get; } = new("IMMUTABLE");

    /// <summary><c>IMMUTABLE_WITH_EXCLUSION</c>.</summary>
    public static ImageTagMutability ImmutableWithExclusion { get; } = new("IMMUTABLE_WITH_EXCLUSION");

    /// <summary><c>MUTABLE_WITH_EXCLUSION</c>.</summary>
    public static ImageTagMutability MutableWithExclusion { get; } = new("MUTABLE_WITH_EXCLUSION");

    /// <summary>The value as sent on the wire.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they are the same.</returns>
    public static bool operator ==(ImageTagMutability left, ImageTagMutability right) => left.Equals(right);

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ImageTagMutability left, ImageTagMutability right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(ImageTagMutability other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ImageTagMutability other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
